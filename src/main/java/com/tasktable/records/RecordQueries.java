package com.tasktable.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.platform.NotFoundException;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Users;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records as the screens and the API read them, always inside the reader's scope. */
@Service
@Transactional(readOnly = true)
public class RecordQueries {

	private final ActivityRecordRepository records;

	private final EvidenceRepository evidence;

	private final RecordContexts contexts;

	private final Campaigns campaigns;

	private final Units units;

	private final Users users;

	RecordQueries(ActivityRecordRepository records, EvidenceRepository evidence, RecordContexts contexts,
			Campaigns campaigns, Units units, Users users) {
		this.records = records;
		this.evidence = evidence;
		this.contexts = contexts;
		this.campaigns = campaigns;
		this.units = units;
		this.users = users;
	}

	/**
	 * An obligation the reader's unit logs records for; another level's obligation is
	 * "not found".
	 */
	public LoggingTarget target(CurrentUser reader, Long obligationId) {
		var target = this.contexts.target(reader.scope(), obligationId);
		if (target.obligation().level() != reader.unit().level()) {
			throw new NotFoundException("Not an obligation of this unit: " + obligationId);
		}
		return new LoggingTarget(target.obligation(), target.campaign(), this.contexts.today(target.campaign()));
	}

	/**
	 * The obligations of the reader's unit in the campaign running today, in table order.
	 */
	public List<ObligationView> loggable(CurrentUser reader) {
		var scope = reader.scope();
		return this.campaigns.running(scope, this.contexts.clock())
			.map(c -> this.campaigns.taskTable(scope, c.code(), this.contexts.today(c))
				.stream()
				.filter(o -> o.level() == reader.unit().level())
				.toList())
			.orElse(List.of());
	}

	/** One record; another unit's record outside the reader's scope is "not found". */
	public RecordDetails get(CurrentUser reader, Long id) {
		var record = this.records.findById(id).orElseThrow(() -> new NotFoundException("Record not found: " + id));
		var unit = this.units.byId(record.getUnitId());
		if (!reader.scope().covers(unit)) {
			throw new NotFoundException("Record not found: " + id);
		}
		var target = this.contexts.target(reader.scope(), record.getObligationId());
		var campaign = target.campaign();
		var terms = target.obligation().termsOn(record.getActivityDate());
		var period = RecordTimeRules.periodOf(terms, record.getActivityDate());
		var zone = campaign.timeZone();
		var loggedOn = record.getCreatedAt().atZone(zone).toLocalDate();
		var today = this.contexts.today(campaign);
		boolean locked = this.contexts.isLocked(target, terms, unit, record.getActivityDate(), today);
		var author = this.users.findById(record.getCreatedBy()).map(CurrentUser::displayName).orElse("—");
		return new RecordDetails(record.getId(), record.getVersion(), unit, target.obligation(), terms, campaign,
				record.toDraft(), record.getState(), author, record.getCreatedAt().atZone(zone),
				record.getUpdatedAt().atZone(zone), period,
				RecordTimeRules.isLate(
						RecordTimeRules.dueOf(target.obligation().rules(), terms, record.getActivityDate()), loggedOn,
						campaign.lateAfterDays()),
				locked, record.isEditable() && !locked && reader.canReportFor(unit),
				this.evidence.findByRecordIdOrderById(id).stream().map(Evidence::toView).toList());
	}

	/**
	 * The evidence of records the reader has found (a page of the review queue), by
	 * record id, each record's files as attached; in one statement, whatever the number
	 * of records. Records outside the reader's scope get none.
	 */
	public Map<Long, List<EvidenceView>> evidenceOf(UnitScope scope, Collection<Long> recordIds) {
		if (recordIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<EvidenceView>> byRecord = new LinkedHashMap<>();
		for (var file : this.evidence.findForRecordsUnder(recordIds, scope.pathPattern())) {
			byRecord.computeIfAbsent(file.getRecordId(), id -> new ArrayList<>()).add(file.toView());
		}
		return byRecord;
	}

	/** A page of records, newest first, with one image per record to preview. */
	public Page<RecordRow> search(CurrentUser reader, RecordFilter filter, Pageable pageable) {
		var scope = reader.scope();
		var campaign = this.campaigns.get(scope, filter.campaignCode());
		List<UnitView> units = (filter.unitCode() != null) ? List.of(this.units.get(scope, filter.unitCode()))
				: this.units.within(scope);
		Map<Long, UnitView> unitsById = units.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
		Map<Long, ObligationView> obligations = this.campaigns.taskTable(scope, campaign.code(), campaign.endDate())
			.stream()
			.filter(o -> filter.obligationId() == null || o.id().equals(filter.obligationId()))
			.collect(Collectors.toMap(ObligationView::id, Function.identity()));
		if (obligations.isEmpty()) {
			return Page.empty(pageable);
		}
		var from = (filter.from() != null) ? filter.from() : campaign.startDate();
		var to = (filter.to() != null) ? filter.to() : campaign.endDate();
		var page = this.records.search(unitsById.keySet(), obligations.keySet(), filter.state(), from, to, pageable);
		Map<Long, Long> thumbnails = new HashMap<>();
		if (page.hasContent()) {
			for (var image : this.evidence.findImages(page.map(ActivityRecord::getId).getContent())) {
				thumbnails.putIfAbsent(image.getRecordId(), image.getId());
			}
		}
		var zone = campaign.timeZone();
		return page.map(r -> {
			var obligation = obligations.get(r.getObligationId());
			var terms = obligation.termsOn(r.getActivityDate());
			LocalDate loggedOn = r.getCreatedAt().atZone(zone).toLocalDate();
			return new RecordRow(r.getId(), unitsById.get(r.getUnitId()).name(), obligation.code(), terms.title(),
					obligation.displayName(Locale.SIMPLIFIED_CHINESE), obligation.displayName(Locale.ENGLISH),
					r.getActivityDate(), r.toDraft().title(), r.getState(), r.getCreatedAt().atZone(zone),
					RecordTimeRules.isLate(RecordTimeRules.dueOf(obligation.rules(), terms, r.getActivityDate()),
							loggedOn, campaign.lateAfterDays()),
					thumbnails.get(r.getId()));
		});
	}

}
