package com.tasktable.records;

/**
 * Records of one unit for one obligation in a date range, by review state.
 *
 * @param approved approved records
 * @param pending records waiting for review
 */
public record RecordCounts(long approved, long pending) {

	public static final RecordCounts NONE = new RecordCounts(0, 0);

	public RecordCounts plus(RecordCounts other) {
		return new RecordCounts(this.approved + other.approved, this.pending + other.pending);
	}

}
