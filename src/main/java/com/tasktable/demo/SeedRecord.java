package com.tasktable.demo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A demo record, written in bulk by {@link DemoSeeder}.
 *
 * @param obligationId the obligation
 * @param unitId the unit
 * @param activityDate the day it happened
 * @param title what was done
 * @param outlet where it appeared, may be null
 * @param coverageCategory category covered, may be null
 * @param createdBy user id of the author
 * @param createdAt when it was logged
 * @param review where its review stands, with its history
 */
record SeedRecord(Long obligationId, Long unitId, LocalDate activityDate, String title, String outlet,
		String coverageCategory, Long createdBy, Instant createdAt, SeedReview review) {

	SeedRecord withReview(SeedReview review) {
		return new SeedRecord(this.obligationId, this.unitId, this.activityDate, this.title, this.outlet,
				this.coverageCategory, this.createdBy, this.createdAt, review);
	}

}
