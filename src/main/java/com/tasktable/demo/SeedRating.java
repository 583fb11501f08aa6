package com.tasktable.demo;

import java.time.Instant;

import com.tasktable.compliance.Period;

/**
 * A demo rating, written in bulk by {@link DemoSeeder}.
 *
 * @param unitId the rated unit
 * @param obligationId the ASSESSMENT obligation
 * @param period the rated period (the year)
 * @param score 0–100
 * @param comment the reviewer's comment
 * @param ratedBy user id of the reviewer
 * @param ratedAt when
 */
record SeedRating(Long unitId, Long obligationId, Period period, int score, String comment, Long ratedBy,
		Instant ratedAt) {
}
