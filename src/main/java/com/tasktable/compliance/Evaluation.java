package com.tasktable.compliance;

import java.time.LocalDate;

/**
 * One unit's standing on one obligation in one period.
 *
 * @param period the calendar period judged (the year for yearly targets, milestones and
 * dated events), cut at the campaign's first and last day
 * @param kind the kind of the version that judged it
 * @param version the version in force on the period's first day
 * @param window the activity dates whose records count (a dated event's window, a
 * milestone's whole history)
 * @param due the last day it is on time: the period's end, a milestone's deadline, or a
 * dated event's last window day. The evaluation belongs to the quarter of this day.
 * @param applicability whether it is judged, and why not
 * @param status the outcome
 * @param over {@code today} is after {@code due}: the outcome is final unless records are
 * added or reviewed
 * @param approved what the approved records make, in {@link #unit()}: records, days with
 * an update (daily activity), categories covered (coverage), directives done, 1 once
 * rated
 * @param pending what the pending records add, in the same unit (days with only pending
 * records, categories covered only by pending records)
 * @param required what the period asks, in the same unit
 * @param progress the kind's own figures
 * @param lateEntriesUntil the last of the grace days while the period is over, not done
 * and still inside them (records dated in it logged until then are on time); null
 * otherwise
 */
public record Evaluation(Period period, ObligationKind kind, RuleVersion version, DateRange window, LocalDate due,
		Applicability applicability, Status status, boolean over, int approved, int pending, int required,
		Progress progress, LocalDate lateEntriesUntil) {

	/** Without grace days to show. */
	public Evaluation(Period period, ObligationKind kind, RuleVersion version, DateRange window, LocalDate due,
			Applicability applicability, Status status, boolean over, int approved, int pending, int required,
			Progress progress) {
		this(period, kind, version, window, due, applicability, status, over, approved, pending, required, progress,
				null);
	}

	/** The quarter the evaluation belongs to: the one containing its due day. */
	public Period quarter() {
		return Frequency.QUARTER.periodContaining(this.due);
	}

	/** What {@code approved}, {@code pending} and {@code required} count. */
	public FigureUnit unit() {
		return FigureUnit.of(this.kind);
	}

	/**
	 * Counts in percentages and scores: over and met (on time or late), or missed, which
	 * only happens once the grace days have passed. DUE (also inside the grace days),
	 * BEHIND, AWAITING_REVIEW and periods still running are not decided.
	 */
	public boolean decided() {
		return this.over && (this.status.isDone() || this.status == Status.MISSED);
	}

	/** Inside the grace days after the due day, still not done. */
	public boolean inGrace() {
		return this.lateEntriesUntil != null;
	}

}
