package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides where units stand on their obligations: the statuses that dashboards show and
 * rankings are computed from. Plain Java and stateless: dates in, evaluations out, no
 * clock, so every answer can be reproduced from its inputs. The rules, with worked
 * examples, are in docs/compliance-rules.md.
 */
public final class ComplianceEngine {

	private final ComplianceSettings settings;

	public ComplianceEngine(ComplianceSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	public ComplianceSettings settings() {
		return this.settings;
	}

	/**
	 * One period of the obligation (a calendar period, or its part inside the campaign);
	 * empty when it is not one of the obligation's periods or asks nothing in it (a
	 * one-time milestone's other years).
	 */
	public Optional<Evaluation> evaluate(UnitObligation subject, Period period, LocalDate today) {
		var rules = subject.obligation();
		var cut = rules.cut(period);
		if (cut == null) {
			return Optional.empty();
		}
		for (var slot : Slots.overlapping(rules, cut.start(), cut.end())) {
			if (slot.period().equals(cut)) {
				return Optional.ofNullable(Occasion.of(rules, slot)).map(o -> judge(o, subject, today));
			}
		}
		return Optional.empty();
	}

	/** The period that holds {@code day}: what is due "now" when {@code day} is today. */
	public Optional<Evaluation> evaluateOn(UnitObligation subject, LocalDate day, LocalDate today) {
		return Optional.ofNullable(Schedule.on(subject.obligation(), day)).map(o -> judge(o, subject, today));
	}

	/**
	 * The evaluations that belong to {@code span} (a quarter, a year): those whose due
	 * day is in it, in order. A monthly obligation has three per quarter; a two-month
	 * block belongs to the quarter of its last day; a yearly one belongs to the fourth
	 * quarter; a dated event to the quarter its window ends in.
	 */
	public List<Evaluation> belongingTo(UnitObligation subject, Period span, LocalDate today) {
		List<Evaluation> evaluations = new ArrayList<>();
		for (var occasion : Schedule.dueBetween(subject.obligation(), span.start(), span.end())) {
			evaluations.add(judge(occasion, subject, today));
		}
		return evaluations;
	}

	/** The matrix cell of one unit and obligation for a quarter. */
	public QuarterCell cell(UnitObligation subject, Period quarter, LocalDate today) {
		List<Evaluation> ongoing = new ArrayList<>();
		for (var occasion : Schedule.dueAfter(subject.obligation(), quarter.start(), quarter.end())) {
			ongoing.add(judge(occasion, subject, today));
		}
		return QuarterCell.of(quarter, belongingTo(subject, quarter, today), ongoing);
	}

	/**
	 * A unit's compliance over a quarter or a year: all its obligations' evaluations that
	 * belong to the span, pooled.
	 */
	public Compliance compliance(Collection<UnitObligation> subjects, Period span, LocalDate today) {
		List<Evaluation> evaluations = new ArrayList<>();
		for (var subject : subjects) {
			evaluations.addAll(belongingTo(subject, span, today));
		}
		return Compliance.of(evaluations, this.settings);
	}

	/**
	 * The activity dates whose records the evaluations belonging to {@code span} (and the
	 * periods still running through it) read: what a query should load. Open-ended for a
	 * one-time milestone, which counts records of any date.
	 */
	public static DateRange recordsNeeded(ObligationRules rules, Period span) {
		var needed = DateRange.of(span);
		for (var occasion : Schedule.dueBetween(rules, span.start(), span.end())) {
			needed = needed.span(occasion.window());
		}
		for (var occasion : Schedule.dueAfter(rules, span.start(), span.end())) {
			needed = needed.span(occasion.window());
		}
		return needed;
	}

	private Evaluation judge(Occasion occasion, UnitObligation subject, LocalDate today) {
		var slot = occasion.slot();
		var rules = subject.obligation();
		var c = new Case(occasion, subject.facts(), today, this.settings);
		var judgement = switch (slot.version().kind()) {
			case COUNT_PER_PERIOD, RANGE_PER_PERIOD -> CountRules.perPeriod(c);
			case COUNT_PER_YEAR -> CountRules.perYear(c);
			case DAILY_ACTIVITY -> CountRules.daily(c);
			case MILESTONE -> DeadlineRules.milestone(c);
			case DATED_EVENT -> DeadlineRules.event(c, rules);
			case METRIC_TARGET -> MeasureRules.metric(c);
			case COVERAGE -> MeasureRules.coverage(c);
			case DIRECTIVE -> ReviewRules.directives(c);
			case ASSESSMENT -> ReviewRules.assessment(c);
		};
		var applicability = Applicabilities.of(slot, rules, subject.unit());
		var status = judgement.status();
		if (applicability != Applicability.APPLIES) {
			status = Status.NOT_APPLICABLE;
		}
		else if (status == Status.NOT_APPLICABLE) {
			applicability = Applicability.NOTHING_DUE;
		}
		else if (subject.facts().exemptions().contains(slot.period())) {
			status = Status.EXEMPT;
		}
		var kind = slot.version().kind();
		var inGrace = c.over() && !c.graceOver() && (status == Status.DUE || status == Status.AWAITING_REVIEW)
				&& kind.isLoggedByUnits();
		return new Evaluation(slot.period(), slot.version().kind(), slot.version(), occasion.window(), occasion.due(),
				applicability, status, c.over(), judgement.approved(), judgement.pending(), judgement.required(),
				judgement.progress(), inGrace ? c.graceUntil() : null);
	}

}
