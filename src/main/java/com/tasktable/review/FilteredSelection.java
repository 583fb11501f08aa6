package com.tasktable.review;

import java.util.List;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.units.UnitView;

/**
 * What a filter of the queue would approve, as the reviewer confirms it.
 *
 * @param count the pending records the filter finds
 * @param fingerprint the records and the versions found, to recognise the same set when
 * the reviewer confirms (null when there are too many to approve at once)
 * @param byUnit how many of them each unit logged, in queue order of first appearance
 * @param byObligation how many count for each obligation, in the same order
 * @param limit the most records approved at once
 */
public record FilteredSelection(long count, String fingerprint, List<UnitCount> byUnit,
		List<ObligationCount> byObligation, int limit) {

	public boolean isEmpty() {
		return this.count == 0;
	}

	/** More than {@link #limit} records: the reviewer narrows the filter first. */
	public boolean tooMany() {
		return this.count > this.limit;
	}

	/** Whether the confirmation can be sent: some records, not too many. */
	public boolean approvable() {
		return !isEmpty() && !tooMany();
	}

	/**
	 * A unit and its records in the selection.
	 *
	 * @param unit the unit
	 * @param count its records
	 */
	public record UnitCount(UnitView unit, long count) {
	}

	/**
	 * An obligation and the records of the selection that count for it.
	 *
	 * @param obligation the obligation
	 * @param count its records
	 */
	public record ObligationCount(ObligationView obligation, long count) {
	}

}
