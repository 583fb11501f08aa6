package com.tasktable.demo;

import java.time.Instant;
import java.util.List;

import com.tasktable.records.Decision;
import com.tasktable.records.RecordState;

/**
 * Where a demo record's review stands: its state, its version and last change as the
 * application would have left them, and the decisions that led there.
 *
 * @param state the review state
 * @param version the record's version (each decision and each fix adds one)
 * @param updatedAt its last change
 * @param decisions its review history, oldest first
 */
record SeedReview(RecordState state, long version, Instant updatedAt, List<Step> decisions) {

	SeedReview {
		decisions = List.copyOf(decisions);
	}

	/**
	 * One step of the history, as {@code record_decision} keeps it.
	 *
	 * @param action approved, returned or resubmitted
	 * @param reason why it was returned, else null
	 * @param recordVersion the version decided on (or the version the fix made)
	 * @param decidedBy the reviewer, or the reporter who resubmitted
	 * @param decidedAt when
	 */
	record Step(Decision action, String reason, long recordVersion, Long decidedBy, Instant decidedAt) {
	}

}
