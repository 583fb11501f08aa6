package com.tasktable.dashboards;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.tasktable.campaigns.CampaignRevisions;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.ComplianceSettings;
import com.tasktable.compliance.DirectiveFact;
import com.tasktable.compliance.Facts;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.RecordFact;
import com.tasktable.compliance.ReviewState;
import com.tasktable.compliance.UnitObligation;
import com.tasktable.compliance.UnitTerms;
import com.tasktable.directives.DirectiveFacts;
import com.tasktable.records.CountingRecord;
import com.tasktable.records.RecordFacts;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the matrix of a campaign quarter for a scope, and keeps it while the campaign's
 * revision stays the same. A request reads the revision (one indexed statement); when a
 * matrix of that revision is kept, that is all. Otherwise: the cached task table and unit
 * tree (no statement once warm), every counting record the quarter needs (one statement),
 * the directive assignments (one), then the engine. The count does not grow with units or
 * obligations. Column filters are applied to the kept matrix, so they share one entry.
 * <p>
 * No transaction of its own: the revision is read first, in a statement of its own
 * (autocommit), and each fact reader runs its own. Data committed between them can only
 * make a kept matrix newer than its revision, never older; a transaction here would only
 * cost a request that finds its matrix kept.
 */
@Service
public class ComplianceMatrices {

	private final Campaigns campaigns;

	private final CampaignRevisions revisions;

	private final RecordFacts facts;

	private final DirectiveFacts directives;

	private final Clock clock;

	/**
	 * Whole matrices (every column) by campaign revision, scope, quarter and day: a
	 * record saved, a directive done or a task table edited changes the revision, so an
	 * entry is never stale, only unused until it ages out.
	 */
	private final Cache<Key, Matrix> kept;

	ComplianceMatrices(Campaigns campaigns, CampaignRevisions revisions, RecordFacts facts, DirectiveFacts directives,
			Clock clock, @Value("${app.dashboards.kept-matrices:64}") int keptMatrices) {
		this.campaigns = campaigns;
		this.revisions = revisions;
		this.facts = facts;
		this.directives = directives;
		this.clock = clock;
		// 0 turns keeping off (the benchmark's "computed every time" runs)
		this.kept = (keptMatrices <= 0) ? null
				: Caffeine.newBuilder().maximumSize(keptMatrices).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/**
	 * The quarter shown when none is asked: today's, or the campaign's last (first) once
	 * it ended (before it began).
	 */
	public Period defaultQuarter(CampaignView campaign) {
		return Frequency.QUARTER.periodContaining(campaign.clamp(campaign.today(this.clock)));
	}

	public Matrix matrix(UnitScope scope, String campaignCode, Period quarter, Predicate<ObligationView> columns) {
		var campaign = this.campaigns.get(scope, campaignCode);
		var today = campaign.today(this.clock);
		var revision = this.revisions.of(campaign);
		var settings = ComplianceSettings.lateAfter(campaign.lateAfterDays());
		var whole = (revision < 0 || this.kept == null) ? compute(scope, campaign, quarter, today)
				: this.kept.get(new Key(campaign.id(), revision, scope.path(), quarter, today),
						(key) -> compute(scope, campaign, quarter, today).keptAs(key.toString()));
		return whole.only(columns, settings);
	}

	private Matrix compute(UnitScope scope, CampaignView campaign, Period quarter, LocalDate today) {
		var engine = new ComplianceEngine(ComplianceSettings.lateAfter(campaign.lateAfterDays()));
		var obligations = this.campaigns.taskTable(scope, campaign.code(), campaign.clamp(quarter.start()));
		var units = this.campaigns.unitsWithin(scope);
		var byUnit = recordsByUnitAndObligation(scope, campaign, obligations, quarter);
		var assigned = directivesByUnitAndObligation(scope, campaign);
		List<Matrix.Block> blocks = new ArrayList<>();
		for (var level : UnitLevel.values()) {
			var levelUnits = units.stream().filter(u -> u.level() == level).toList();
			var levelObligations = obligations.stream().filter(o -> o.level() == level).toList();
			if (!levelUnits.isEmpty() && !levelObligations.isEmpty()) {
				blocks.add(
						block(campaign, engine, level, levelUnits, levelObligations, byUnit, assigned, quarter, today));
			}
		}
		return new Matrix(campaign, quarter, today, List.copyOf(blocks), null);
	}

	private Matrix.Block block(CampaignView campaign, ComplianceEngine engine, UnitLevel level, List<UnitView> units,
			List<ObligationView> obligations, Map<Long, Map<Long, List<RecordFact>>> records,
			Map<Long, Map<Long, List<DirectiveFact>>> assigned, Period quarter, LocalDate today) {
		List<Matrix.Row> rows = new ArrayList<>();
		for (var unit : units) {
			var unitRecords = records.getOrDefault(unit.id(), Map.of());
			var unitDirectives = assigned.getOrDefault(unit.id(), Map.of());
			List<UnitObligation> subjects = new ArrayList<>();
			for (var obligation : obligations) {
				subjects.add(subject(obligation, unit, unitRecords.getOrDefault(obligation.id(), List.of()),
						unitDirectives.getOrDefault(obligation.id(), List.of())));
			}
			var cells = subjects.stream().map(s -> engine.cell(s, quarter, today)).toList();
			List<String> links = new ArrayList<>(cells.size());
			for (int i = 0; i < cells.size(); i++) {
				links.add(recordsBehind(campaign, unit, obligations.get(i), CellView.of(cells.get(i))));
			}
			// the cells already hold the quarter's evaluations: the percentage is taken
			// from them, not judged again
			rows.add(Matrix.Row.of(unit, cells, engine.settings(), Collections.unmodifiableList(links)));
		}
		return Matrix.Block.of(level, obligations, rows);
	}

	/**
	 * The records list showing exactly the approved records a cell counts: the list's
	 * length is the cell's figure.
	 */
	static String recordsBehind(CampaignView campaign, UnitView unit, ObligationView obligation, CellView cell) {
		if (cell.from() == null) {
			return null;
		}
		return UriComponentsBuilder.fromPath("/records")
			.queryParam("campaign", campaign.code())
			.queryParam("unit", unit.code())
			.queryParam("obligation", obligation.id())
			.queryParam("from", cell.from())
			.queryParam("to", cell.to())
			.queryParam("state", "APPROVED")
			.encode()
			.toUriString();
	}

	private record Key(long campaignId, long revision, String scopePath, Period quarter, LocalDate today) {
	}

	static UnitObligation subject(ObligationView obligation, UnitView unit, List<RecordFact> records) {
		return subject(obligation, unit, records, List.of());
	}

	static UnitObligation subject(ObligationView obligation, UnitView unit, List<RecordFact> records,
			List<DirectiveFact> directives) {
		var terms = new UnitTerms(obligation.phases().get(unit.code()), unit.activeFrom(), unit.activeTo());
		return new UnitObligation(obligation.rules(), terms, Facts.of(records).withDirectives(directives));
	}

	/**
	 * One statement: every directive assignment of the campaign for the units in the
	 * scope.
	 */
	private Map<Long, Map<Long, List<DirectiveFact>>> directivesByUnitAndObligation(UnitScope scope,
			CampaignView campaign) {
		Map<Long, Map<Long, List<DirectiveFact>>> grouped = new HashMap<>();
		for (var a : this.directives.within(scope, campaign.id(), campaign.timeZone())) {
			grouped.computeIfAbsent(a.unitId(), k -> new HashMap<>())
				.computeIfAbsent(a.obligationId(), k -> new ArrayList<>())
				.add(new DirectiveFact(a.deadline(), a.doneOn()));
		}
		return grouped;
	}

	/**
	 * One statement for every unit and obligation: for each obligation, the records of
	 * the dates its periods in the quarter read.
	 */
	private Map<Long, Map<Long, List<RecordFact>>> recordsByUnitAndObligation(UnitScope scope, CampaignView campaign,
			Collection<ObligationView> obligations, Period quarter) {
		List<RecordFacts.Window> windows = new ArrayList<>(obligations.size());
		for (var obligation : obligations) {
			var needed = ComplianceEngine.recordsNeeded(obligation.rules(), quarter);
			// an open end (a one-time milestone counts records of any date) means the
			// campaign's own bound
			var from = (needed.from() == null || needed.from().isBefore(campaign.startDate())) ? campaign.startDate()
					: needed.from();
			var to = (needed.to() == null || needed.to().isAfter(campaign.endDate())) ? campaign.endDate()
					: needed.to();
			windows.add(new RecordFacts.Window(obligation.id(), from, to));
		}
		Map<Long, Map<Long, List<RecordFact>>> grouped = new HashMap<>();
		for (var record : this.facts.within(scope, windows, campaign.timeZone())) {
			grouped.computeIfAbsent(record.unitId(), k -> new HashMap<>())
				.computeIfAbsent(record.obligationId(), k -> new ArrayList<>())
				.add(toFact(record));
		}
		return grouped;
	}

	static RecordFact toFact(CountingRecord record) {
		return new RecordFact(record.activityDate(), record.loggedOn(), ReviewState.valueOf(record.state().name()),
				record.value(), record.category());
	}

}
