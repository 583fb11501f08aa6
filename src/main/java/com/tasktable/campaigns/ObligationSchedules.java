package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditChanges;
import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.ChangeImpacts.Proposal;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an obligation starts for each unit (the phase dates of every unit at its level)
 * and the dates of a movable day, year by year. A change names the lock version the
 * administrator saw, is audited with its before and after values, drops the cached task
 * tables, and needs a confirmation with a reason when it reaches back into periods that
 * are over ({@link HistoryGuard}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class ObligationSchedules {

	private final Campaigns campaigns;

	private final AdministeredEntities administered;

	private final ObligationDetails shared;

	private final AuditLog audit;

	private final HistoryGuard guard;

	ObligationSchedules(Campaigns campaigns, AdministeredEntities administered, ObligationDetails shared,
			AuditLog audit, HistoryGuard guard) {
		this.campaigns = campaigns;
		this.administered = administered;
		this.shared = shared;
		this.audit = audit;
		this.guard = guard;
	}

	/**
	 * Sets the start date of every unit at the obligation's level at once; a unit without
	 * a date follows the obligation's own date. Units outside the campaign are refused.
	 */
	@Transactional
	public ObligationDetail replacePhases(UnitScope scope, String actor, Long id, long expectedVersion,
			Map<Long, LocalDate> starts, Confirmation confirmation) {
		var obligation = this.administered.obligation(scope, id);
		ObligationDetails.checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		var allowed = this.shared.phaseUnits(scope, campaign, obligation)
			.stream()
			.collect(Collectors.toMap(UnitView::id, u -> u));
		List<Violation> violations = new ArrayList<>();
		starts.forEach((unitId, start) -> {
			var unit = allowed.get(unitId);
			if (unit == null) {
				throw new CampaignNotFoundException("unit #" + unitId);
			}
			if (start != null && (start.isBefore(campaign.startDate()) || start.isAfter(campaign.endDate()))) {
				violations.add(Violation.of("starts[" + unitId + "]", "admin.error.withinCampaign",
						campaign.startDate(), campaign.endDate()));
			}
		});
		RejectedException.throwIfAny(violations);
		var before = phasesByCode(obligation.getPhases(), allowed);
		Map<Long, LocalDate> kept = new HashMap<>(obligation.getPhases());
		kept.keySet().removeIf(allowed::containsKey);
		kept.putAll(starts);
		var proposal = obligation.proposal();
		proposal.replacePhases(kept);
		var confirmed = this.guard.check(campaign, obligation.getLevel(),
				List.of(new Proposal(this.shared.view(campaign, obligation), this.shared.view(campaign, proposal))),
				firstPhaseChange(obligation, proposal), confirmation);
		obligation.replacePhases(kept);
		var after = phasesByCode(obligation.getPhases(), allowed);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		details.putAll(AuditChanges.between(before, after));
		details.putAll(confirmed);
		this.audit.record(actor, this.administered.rootUnitId(campaign), "OBLIGATION_PHASES_CHANGED", "obligation", id,
				details);
		return this.shared.changed(scope, obligation);
	}

	/**
	 * Sets the dates of a movable day (National Low Carbon Day), one per year; they
	 * override the version's month and day in their year.
	 */
	@Transactional
	public ObligationDetail replaceEventDates(UnitScope scope, String actor, Long id, long expectedVersion,
			Collection<LocalDate> dates, Confirmation confirmation) {
		var obligation = this.administered.obligation(scope, id);
		ObligationDetails.checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		Map<Integer, LocalDate> byYear = new TreeMap<>();
		List<Violation> violations = new ArrayList<>();
		for (var date : dates) {
			if (date.isBefore(campaign.startDate()) || date.isAfter(campaign.endDate())) {
				violations.add(Violation.of("eventDates", "admin.error.withinCampaign", campaign.startDate(),
						campaign.endDate()));
			}
			else if (byYear.put(date.getYear(), date) != null) {
				violations.add(Violation.of("eventDates", "admin.eventDates.error.twice", date.getYear()));
			}
		}
		RejectedException.throwIfAny(violations);
		var proposal = obligation.proposal();
		proposal.getEventDates().clear();
		proposal.getEventDates().putAll(byYear);
		var confirmed = this.guard.check(campaign, obligation.getLevel(),
				List.of(new Proposal(this.shared.view(campaign, obligation), this.shared.view(campaign, proposal))),
				firstEventYearChanged(campaign, obligation.getEventDates(), byYear), confirmation);
		var before = new TreeMap<>(obligation.getEventDates()).toString();
		obligation.getEventDates().clear();
		obligation.getEventDates().putAll(byYear);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		details.put("before", Map.of("eventDates", before));
		details.put("after", Map.of("eventDates", byYear.toString()));
		details.putAll(confirmed);
		this.audit.record(actor, this.administered.rootUnitId(campaign), "OBLIGATION_EVENT_DATES_CHANGED", "obligation",
				id, details);
		return this.shared.changed(scope, obligation);
	}

	/**
	 * The first day a change of phase dates reaches: the earlier of a changed unit's old
	 * and new start (no date means the obligation's own).
	 */
	private static LocalDate firstPhaseChange(Obligation before, Obligation after) {
		LocalDate first = null;
		var units = new HashSet<>(before.getPhases().keySet());
		units.addAll(after.getPhases().keySet());
		for (var unit : units) {
			var was = before.getPhases().getOrDefault(unit, before.getEffectiveFrom());
			var now = after.getPhases().getOrDefault(unit, before.getEffectiveFrom());
			if (!was.equals(now)) {
				first = TaskTemplates.earliest(first, TaskTemplates.earliest(was, now));
			}
		}
		return first;
	}

	/**
	 * A movable day is judged per year: a change reaches from 1 January of the first year
	 * whose date changes (the campaign's first day at the earliest).
	 */
	private static LocalDate firstEventYearChanged(CampaignView campaign, Map<Integer, LocalDate> before,
			Map<Integer, LocalDate> after) {
		var years = new TreeSet<>(before.keySet());
		years.addAll(after.keySet());
		for (var year : years) {
			if (!Objects.equals(before.get(year), after.get(year))) {
				return campaign.clamp(LocalDate.of(year, 1, 1));
			}
		}
		return null;
	}

	private static Map<String, String> phasesByCode(Map<Long, LocalDate> phases, Map<Long, UnitView> units) {
		Map<String, String> byCode = new LinkedHashMap<>();
		units.values().forEach(u -> byCode.put(u.code(), Objects.toString(phases.get(u.id()), "")));
		return byCode;
	}

}
