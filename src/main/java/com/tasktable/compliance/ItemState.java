package com.tasktable.compliance;

/** Why an item of a {@link Scoring} counts or not. */
public enum ItemState {

	/** Has decided evaluations: in the score. */
	SCORED,
	/** Only periods not decided yet (running, DUE, BEHIND, an unrated assessment). */
	UNDECIDED,
	/** Every period in the span was exempted by a reviewer. */
	EXEMPT,
	/** Not judged in the span (phasing in, not started, nothing asked). */
	NOT_APPLICABLE,
	/**
	 * No period of the obligation ends in the span (a yearly item in a monthly score).
	 */
	NOTHING_DUE;

	/** Left out and re-weighted over the others. */
	public boolean reweighted() {
		return this != SCORED;
	}

}
