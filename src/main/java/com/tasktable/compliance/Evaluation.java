package com.tasktable.compliance;

import java.time.LocalDate;

/**
 * One unit's standing on one obligation in one period.
 *
 * @param period the calendar period judged (the year for yearly targets, milestones and
 * dated events)
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
 * @param approved approved records in the window, so that the list behind a cell is as
 * long as its count (directives done for DIRECTIVE, 1 once rated for ASSESSMENT)
 * @param pending records waiting for review in the window
 * @param required what the period asks: records for counted kinds, days for daily
 * activity, categories for coverage, directives due, 1 for the others
 * @param progress the kind's own figures
 */
public record Evaluation(Period period, ObligationKind kind, RuleVersion version, DateRange window, LocalDate due,
		Applicability applicability, Status status, boolean over, int approved, int pending, int required,
		Progress progress) {

	/** The quarter the evaluation belongs to: the one containing its due day. */
	public Period quarter() {
		return Frequency.QUARTER.periodContaining(this.due);
	}

}
