package com.tasktable.compliance;

/** The kinds of obligation found in the task tables (see docs/compliance-rules.md). */
public enum ObligationKind {

	/** At least {@code min} records dated inside each period. */
	COUNT_PER_PERIOD,
	/** A yearly total against a target, with a pace during the year. */
	COUNT_PER_YEAR,
	/** At least {@code min} records per period; {@code max} is advisory. */
	RANGE_PER_PERIOD,
	/** Days with an update over days in the period. */
	DAILY_ACTIVITY,
	/** Done once, by a deadline. */
	MILESTONE,
	/** An activity inside a window around a day, every year. */
	DATED_EVENT,
	/** The latest reported value against a target. */
	METRIC_TARGET,
	/** Each required category covered at least once per period. */
	COVERAGE,
	/** Each directive issued to the unit done before its own deadline. */
	DIRECTIVE,
	/** A reviewer's rating, no count. */
	ASSESSMENT;

	/**
	 * Whether the obligation recurs at a {@link Frequency}; the others are yearly or
	 * one-off by nature.
	 */
	public boolean isPeriodic() {
		return this == COUNT_PER_PERIOD || this == RANGE_PER_PERIOD || this == DAILY_ACTIVITY || this == COVERAGE;
	}

	/**
	 * Whether its day is given per year (a movable day such as National Low Carbon Day).
	 */
	public boolean hasEventDates() {
		return this == DATED_EVENT;
	}

	/**
	 * Whether a unit logs records for it. A directive is answered on the directive and an
	 * assessment is a reviewer's rating: neither is a record a unit logs.
	 */
	public boolean isLoggedByUnits() {
		return this != DIRECTIVE && this != ASSESSMENT;
	}

}
