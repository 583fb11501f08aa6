package com.tasktable.compliance;

/**
 * Whether a period is judged for a unit, and if not, why: the reason a NOT_APPLICABLE
 * cell shows.
 */
public enum Applicability {

	/** Judged. */
	APPLIES,
	/** The whole period is before the obligation's start or the unit's phase date. */
	NOT_STARTED,
	/**
	 * "Phasing in": the period began before the obligation, the unit's phase date or a
	 * new version took over, so only part of it was asked.
	 */
	PHASING_IN,
	/** The obligation was retired before the period's end. */
	ENDED,
	/** The unit was not active for the whole period. */
	INACTIVE,
	/** Nothing was asked in the period (a directive obligation with no directive due). */
	NOTHING_DUE

}
