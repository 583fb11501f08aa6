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
	/**
	 * Not done yet: running and on pace, inside the grace days after its due day (when
	 * records dated in it may still be logged on time), or an assessment waiting for a
	 * reviewer's rating.
	 */
	DUE,
	/**
	 * Running and below the pro-rata pace of a yearly target, pending records included.
	 */
	BEHIND,
	/**
	 * The unit has done its part: the period would be met on time if the pending records
	 * logged in time were approved. Waiting for a reviewer, never red, and not decided:
	 * it counts in no percentage and no score.
	 */
	AWAITING_REVIEW,
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
