package com.tasktable.compliance;

/**
 * Where a unit stands on an obligation in one period. See docs/compliance-rules.md,
 * "Statuses", for the rules and worked examples.
 */
public enum Status {

	/** Done in time, with approved records logged in time. */
	MET,
	/**
	 * Done, but after the deadline or with records logged late: counted as done, never
	 * shown as plain green.
	 */
	MET_LATE,
	/** The period (or deadline) is over and it was not done. */
	MISSED,
	/** Running, not done yet, and on pace (or waiting for a reviewer's rating). */
	DUE,
	/** Running and below the pro-rata pace of a yearly target. */
	BEHIND,
	/**
	 * Not judged: outside the obligation's or the unit's dates, a partial first or last
	 * period, or nothing was asked in it.
	 */
	NOT_APPLICABLE,
	/** A reviewer exempted the unit for this period. */
	EXEMPT;

	/** Met, on time or late. */
	public boolean isDone() {
		return this == MET || this == MET_LATE;
	}

	/** Judged at all: everything but NOT_APPLICABLE and EXEMPT. */
	public boolean isApplicable() {
		return this != NOT_APPLICABLE && this != EXEMPT;
	}

}
