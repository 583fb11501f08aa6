package com.tasktable.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.Evaluation;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.Ranking;
import com.tasktable.compliance.Scoring;
import com.tasktable.dashboards.ComplianceProperties;
import com.tasktable.dashboards.FactSheets;
import com.tasktable.platform.NotFoundException;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores and rankings from the engine's evaluations: the units in scope (one statement),
 * the cached task table, and the facts of every unit (two statements), whatever the
 * number of units. The previous month, for the movement, is read with them.
 */
@Service
@Transactional(readOnly = true)
public class Scores {

	private final Campaigns campaigns;

	private final Units units;

	private final FactSheets sheets;

	private final ScoringProperties properties;

	private final Clock clock;

	private final ComplianceProperties compliance;

	Scores(Campaigns campaigns, Units units, FactSheets sheets, ScoringProperties properties, Clock clock,
			ComplianceProperties compliance) {
		this.compliance = compliance;
		this.campaigns = campaigns;
		this.units = units;
		this.sheets = sheets;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The span shown when none is asked: the last month that is over (the campaign's last
	 * month once it ended), or the year that is over.
	 */
	public ScoreSpan defaultSpan(CampaignView campaign, Integer year, Integer month, boolean yearly) {
		var today = campaign.today(this.clock);
		if (year != null) {
			if (year < campaign.startDate().getYear() || year > campaign.endDate().getYear()) {
				throw new NotFoundException("Year outside the campaign: " + year);
			}
			return new ScoreSpan(year, yearly ? null : (month != null) ? month : lastMonth(campaign, today, year));
		}
		var last = campaign.clamp(today.withDayOfMonth(1).minusDays(1));
		if (yearly) {
			int y = today.isAfter(campaign.endDate()) ? campaign.endDate().getYear() : today.getYear() - 1;
			return new ScoreSpan(Math.max(y, campaign.startDate().getYear()), null);
		}
		return new ScoreSpan(last.getYear(), last.getMonthValue());
	}

	private static int lastMonth(CampaignView campaign, LocalDate today, int year) {
		var last = campaign.clamp(today.withDayOfMonth(1).minusDays(1));
		return (last.getYear() == year) ? last.getMonthValue() : (year < last.getYear()) ? 12 : 1;
	}

	/** The ranking of the units directly below the scope's own unit. */
	public RankingTable ranking(UnitScope scope, String campaignCode, ScoreSpan span) {
		var campaign = this.campaigns.get(scope, campaignCode);
		var within = this.units.within(scope);
		var parent = within.stream()
			.filter(u -> u.id().equals(scope.unitId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Unit not found"));
		var siblings = within.stream().filter(u -> scope.unitId().equals(u.parentId())).toList();
		if (siblings.isEmpty()) {
			return new RankingTable(campaign, span, parent, List.of(), List.of(), this.properties.lateCreditPercent());
		}
		var level = siblings.get(0).level();
		var obligations = obligations(scope, campaign, span, level);
		var previous = span.previous();
		boolean withPrevious = span.monthly() && !previous.period().end().isBefore(campaign.startDate());
		var spans = withPrevious ? List.of(span.period(), previous.period()) : List.of(span.period());
		var sheet = this.sheets.load(scope, campaign, obligations, spans);
		Map<Long, Scoring.Score> current = new HashMap<>();
		Map<Long, Scoring.Score> before = new HashMap<>();
		for (var unit : siblings) {
			current.put(unit.id(), score(campaign, obligations, sheet, unit, span));
			if (withPrevious) {
				before.put(unit.id(), score(campaign, obligations, sheet, unit, previous));
			}
		}
		Map<Long, Integer> previousRanks = new HashMap<>();
		for (var r : Ranking.of(siblings, u -> before.containsKey(u.id()) ? before.get(u.id()).total() : null)) {
			if (r.rank() != null) {
				previousRanks.put(r.entry().id(), r.rank());
			}
		}
		List<RankingTable.Row> rows = new ArrayList<>();
		for (var r : Ranking.of(siblings, u -> current.get(u.id()).total())) {
			var previousRank = previousRanks.get(r.entry().id());
			rows.add(new RankingTable.Row(r.rank(), r.entry(), current.get(r.entry().id()), previousRank,
					Ranking.movement(previousRank, r.rank())));
		}
		return new RankingTable(campaign, span, parent, obligations, rows, this.properties.lateCreditPercent());
	}

	/** One unit's score (inside the scope), item by item. */
	public UnitScore unitScore(UnitScope scope, String campaignCode, String unitCode, ScoreSpan span) {
		var campaign = this.campaigns.get(scope, campaignCode);
		var unit = this.units.get(scope, unitCode);
		var obligations = obligations(scope, campaign, span, unit.level());
		var sheet = this.sheets.load(UnitScope.of(unit), campaign, obligations, List.of(span.period()));
		return new UnitScore(campaign, span, unit, obligations, score(campaign, obligations, sheet, unit, span),
				this.properties.lateCreditPercent());
	}

	private List<ObligationView> obligations(UnitScope scope, CampaignView campaign, ScoreSpan span, UnitLevel level) {
		var end = span.period().end();
		if (span.period().start().isAfter(campaign.endDate()) || end.isBefore(campaign.startDate())) {
			throw new NotFoundException("Outside the campaign: " + span.key());
		}
		return this.campaigns.taskTable(scope, campaign.code(), campaign.clamp(end))
			.stream()
			.filter(o -> o.level() == level)
			.toList();
	}

	private Scoring.Score score(CampaignView campaign, List<ObligationView> obligations, FactSheets.FactSheet sheet,
			UnitView unit, ScoreSpan span) {
		var engine = new ComplianceEngine(this.compliance.settings(campaign.lateAfterDays()));
		var today = campaign.today(this.clock);
		var period = span.period();
		return score(campaign, obligations, period,
				obligation -> engine.belongingTo(sheet.subject(obligation, unit), period, today));
	}

	/**
	 * A score from the evaluations that belong to the span, each obligation weighed by
	 * the version in force on the span's last day: the one rule the rankings and the
	 * impact of a change to history ({@link HistoryImpacts}) share.
	 */
	Scoring.Score score(CampaignView campaign, List<ObligationView> obligations, Period period,
			Function<ObligationView, List<Evaluation>> evaluations) {
		List<Scoring.Item> items = new ArrayList<>();
		for (var obligation : obligations) {
			var terms = obligation.termsOn(campaign.clamp(period.end()));
			items.add(new Scoring.Item(obligation.code(), terms.weight(), evaluations.apply(obligation),
					terms.scoreMode()));
		}
		return new Scoring(this.properties.lateCreditPercent()).score(items);
	}

}
