package com.tasktable.bulletins;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reviewer should know before publishing: the bulletin scores approved records
 * only, so records still waiting for review, and periods that can still get on-time
 * records, may change it after it is issued.
 *
 * @param pendingRecords records of the scored periods waiting for review
 * @param pendingFrom first activity date of those periods (the review queue's filter)
 * @param pendingTo last activity date
 * @param inGrace the scored periods still inside their grace days, earliest first
 */
public record PublishingWarnings(long pendingRecords, LocalDate pendingFrom, LocalDate pendingTo,
		List<GracePeriod> inGrace) {

	public boolean any() {
		return this.pendingRecords > 0 || !this.inGrace.isEmpty();
	}

	/**
	 * A period still open for on-time records.
	 *
	 * @param frequency its cycle ({@code MONTH}, {@code QUARTER}…)
	 * @param key e.g. {@code 2026-11}, {@code 2026-Q4}
	 * @param start first day
	 * @param end last day
	 * @param until last day a record of it is on time
	 */
	public record GracePeriod(String frequency, String key, LocalDate start, LocalDate end, LocalDate until) {
	}

}
