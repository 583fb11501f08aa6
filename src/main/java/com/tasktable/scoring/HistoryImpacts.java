package com.tasktable.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ChangeImpact;
import com.tasktable.campaigns.ChangeImpacts;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.Evaluation;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.QuarterCell;
import com.tasktable.compliance.Ranking;
import com.tasktable.dashboards.ComplianceProperties;
import com.tasktable.dashboards.FactSheets;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact of a proposed change on history, computed in memory: the level's task table
 * as stored and as changed (the changed obligations come from the very methods that will
 * apply the change, run on detached copies), the facts of every unit in one statement,
 * and the engine and scoring judging both. Nothing is written, so no cache can keep a
 * state that never was.
 *
 * <p>
 * Cells: every quarter from the change's first day to today (or the campaign's end), for
 * the changed obligations. Scores: every month and year that is over from that day on; a
 * span is scored in full only when a changed obligation's evaluations or weight differ in
 * it, so the work follows the change, not the campaign.
 */
@Service
@Transactional(readOnly = true)
class HistoryImpacts implements ChangeImpacts {

	private final Campaigns campaigns;

	private final Units units;

	private final FactSheets sheets;

	private final Scores scores;

	private final PublishedResults published;

	private final ComplianceProperties compliance;

	private final Clock clock;

	HistoryImpacts(Campaigns campaigns, Units units, FactSheets sheets, Scores scores, PublishedResults published,
			ComplianceProperties compliance, Clock clock) {
		this.compliance = compliance;
		this.campaigns = campaigns;
		this.units = units;
		this.sheets = sheets;
		this.scores = scores;
		this.published = published;
		this.clock = clock;
	}

	@Override
	public ChangeImpact of(CampaignView campaign, UnitLevel level, List<Proposal> proposals, LocalDate from) {
		var root = UnitScope.of(this.units.byCode(campaign.rootUnitCode()));
		var today = campaign.today(this.clock);
		Map<Long, Proposal> changed = proposals.stream().collect(Collectors.toMap(p -> p.before().id(), p -> p));
		List<ObligationView> before = new ArrayList<>();
		List<ObligationView> after = new ArrayList<>();
		for (var obligation : this.campaigns.taskTable(root, campaign.code(), campaign.clamp(today))) {
			if (obligation.level() == level) {
				var proposal = changed.get(obligation.id());
				before.add((proposal != null) ? proposal.before() : obligation);
				after.add((proposal != null) ? proposal.after() : obligation);
			}
		}
		var unitsOfLevel = this.units.within(root).stream().filter(u -> u.level() == level).toList();
		var sheet = this.sheets.load(root, campaign, before, campaign.startDate(), campaign.endDate());
		var judge = new Judge(new ComplianceEngine(this.compliance.settings(campaign.lateAfterDays())), sheet, today,
				changed);
		var start = campaign.clamp(from);
		var cells = cells(campaign, unitsOfLevel, proposals, judge, start);
		List<Period> spans = new ArrayList<>();
		var scoreChanges = scores(campaign, unitsOfLevel, before, after, proposals, judge, start, spans);
		List<ChangeImpact.BulletinRef> bulletins = new ArrayList<>();
		for (var bulletin : this.published.covering(campaign.id(), start)) {
			if (spans.stream().anyMatch(s -> overlap(s, bulletin))
					|| cells.stream().anyMatch(c -> overlap(c.quarterPeriod(), bulletin))) {
				bulletins.add(new ChangeImpact.BulletinRef(bulletin.id(), bulletin.number(), bulletin.period()));
			}
		}
		return new ChangeImpact(start, cells.stream().map(CellChange::cell).toList(), scoreChanges, bulletins);
	}

	private List<CellChange> cells(CampaignView campaign, List<UnitView> unitsOfLevel, List<Proposal> proposals,
			Judge judge, LocalDate start) {
		var last = Frequency.QUARTER.periodContaining(campaign.clamp(judge.today));
		List<CellChange> cells = new ArrayList<>();
		for (var unit : unitsOfLevel) {
			for (var proposal : proposals) {
				for (var quarter = Frequency.QUARTER.periodContaining(start); !quarter.start()
					.isAfter(last.start()); quarter = quarter.next()) {
					var was = judge.engine.cell(judge.sheet.subject(proposal.before(), unit), quarter, judge.today);
					var now = judge.engine.cell(judge.sheet.subject(proposal.after(), unit), quarter, judge.today);
					if (was.status() != now.status() || was.done() != now.done()
							|| was.applicable() != now.applicable()) {
						var terms = proposal.before().terms();
						cells.add(new CellChange(
								new ChangeImpact.Cell(unit, proposal.before().code(), terms.title(), terms.titleEn(),
										quarter.key(), was.status(), now.status(), figures(was), figures(now)),
								quarter));
					}
				}
			}
		}
		return cells;
	}

	private List<ChangeImpact.ScoreChange> scores(CampaignView campaign, List<UnitView> unitsOfLevel,
			List<ObligationView> before, List<ObligationView> after, List<Proposal> proposals, Judge judge,
			LocalDate start, List<Period> changedSpans) {
		var lastOver = campaign.clamp(judge.today.minusDays(1));
		List<Period> spans = new ArrayList<>();
		if (!judge.today.isAfter(campaign.startDate())) {
			return List.of();
		}
		for (var month = Frequency.MONTH.periodContaining(start); over(campaign, month,
				lastOver); month = month.next()) {
			spans.add(month);
		}
		for (var year = Frequency.YEAR.periodContaining(start); over(campaign, year, lastOver); year = year.next()) {
			spans.add(year);
		}
		var groups = unitsOfLevel.stream()
			.collect(Collectors.groupingBy(u -> Objects.requireNonNullElse(u.parentId(), 0L), LinkedHashMap::new,
					Collectors.toList()));
		List<ChangeImpact.ScoreChange> changes = new ArrayList<>();
		for (var span : spans) {
			if (!differs(campaign, unitsOfLevel, proposals, judge, span)) {
				continue;
			}
			changedSpans.add(span);
			var key = (span.frequency() == Frequency.MONTH) ? span.key() : Integer.toString(span.start().getYear());
			for (var group : groups.values()) {
				Map<Long, BigDecimal> was = new HashMap<>();
				Map<Long, BigDecimal> now = new HashMap<>();
				for (var unit : group) {
					was.put(unit.id(),
							this.scores.score(campaign, before, span, o -> judge.before(unit, o, span)).total());
					now.put(unit.id(),
							this.scores.score(campaign, after, span, o -> judge.after(unit, o, span)).total());
				}
				var ranksBefore = ranks(group, was::get);
				var ranksAfter = ranks(group, now::get);
				for (var unit : group) {
					var scoreBefore = was.get(unit.id());
					var scoreAfter = now.get(unit.id());
					if (!sameScore(scoreBefore, scoreAfter)
							|| !Objects.equals(ranksBefore.get(unit.id()), ranksAfter.get(unit.id()))) {
						changes.add(new ChangeImpact.ScoreChange(key, unit, scoreBefore, scoreAfter,
								ranksBefore.get(unit.id()), ranksAfter.get(unit.id())));
					}
				}
			}
		}
		return changes;
	}

	/** A span of the campaign that is over: scored, and perhaps published. */
	private static boolean over(CampaignView campaign, Period span, LocalDate lastOver) {
		return !span.start().isAfter(campaign.endDate()) && !campaign.clamp(span.end()).isAfter(lastOver);
	}

	/**
	 * Whether a changed obligation is judged or weighed differently in the span for some
	 * unit; otherwise no score of the span can move.
	 */
	private static boolean differs(CampaignView campaign, List<UnitView> unitsOfLevel, List<Proposal> proposals,
			Judge judge, Period span) {
		var weighedOn = campaign.clamp(span.end());
		for (var proposal : proposals) {
			if (!Objects.equals(proposal.before().termsOn(weighedOn).weight(),
					proposal.after().termsOn(weighedOn).weight())) {
				return true;
			}
			for (var unit : unitsOfLevel) {
				var was = judge.before(unit, proposal.before(), span).stream().map(HistoryImpacts::outcome).toList();
				var now = judge.after(unit, proposal.after(), span).stream().map(HistoryImpacts::outcome).toList();
				if (!was.equals(now)) {
					return true;
				}
			}
		}
		return false;
	}

	/** What scoring reads of an evaluation: everything but the version that judged it. */
	private static List<Object> outcome(Evaluation e) {
		return Arrays.asList(e.period(), e.status(), e.over(), e.approved(), e.pending(), e.required(), e.progress(),
				e.due());
	}

	private static Map<Long, Integer> ranks(List<UnitView> group, Function<Long, BigDecimal> score) {
		Map<Long, Integer> ranks = new HashMap<>();
		for (var ranked : Ranking.of(group, u -> score.apply(u.id()))) {
			ranks.put(ranked.entry().id(), ranked.rank());
		}
		return ranks;
	}

	private static boolean sameScore(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
	}

	private static String figures(QuarterCell cell) {
		return cell.done() + "/" + cell.applicable();
	}

	private static boolean overlap(Period period, PublishedResults.Published bulletin) {
		return !period.start().isAfter(bulletin.end()) && !period.end().isBefore(bulletin.start());
	}

	private record CellChange(ChangeImpact.Cell cell, Period quarterPeriod) {
	}

	/**
	 * The engine over one fact sheet, with each unit's evaluations of a span kept: an
	 * obligation the change leaves alone is judged once for both sides.
	 */
	private static final class Judge {

		private final ComplianceEngine engine;

		private final FactSheets.FactSheet sheet;

		private final LocalDate today;

		private final Map<Long, Proposal> changed;

		private final Map<List<Object>, List<Evaluation>> kept = new HashMap<>();

		Judge(ComplianceEngine engine, FactSheets.FactSheet sheet, LocalDate today, Map<Long, Proposal> changed) {
			this.engine = engine;
			this.sheet = sheet;
			this.today = today;
			this.changed = changed;
		}

		List<Evaluation> before(UnitView unit, ObligationView obligation, Period span) {
			return evaluations(unit, obligation, span, false);
		}

		List<Evaluation> after(UnitView unit, ObligationView obligation, Period span) {
			return evaluations(unit, obligation, span, this.changed.containsKey(obligation.id()));
		}

		private List<Evaluation> evaluations(UnitView unit, ObligationView obligation, Period span, boolean proposed) {
			return this.kept.computeIfAbsent(List.of(unit.id(), obligation.id(), span, proposed),
					k -> this.engine.belongingTo(this.sheet.subject(obligation, unit), span, this.today));
		}

	}

}
