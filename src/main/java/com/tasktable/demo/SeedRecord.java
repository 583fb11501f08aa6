package com.tasktable.demo;

import java.time.Instant;
import java.time.LocalDate;

import com.tasktable.records.RecordState;

/**
 * A demo record, written in bulk by {@link DemoSeeder}.
 *
 * @param obligationId the obligation
 * @param unitId the unit
 * @param activityDate the day it happened
 * @param title what was done
 * @param outlet where it appeared, may be null
 * @param coverageCategory category covered, may be null
 * @param state review state
 * @param createdBy user id of the author
 * @param createdAt when it was logged
 */
record SeedRecord(Long obligationId, Long unitId, LocalDate activityDate, String title, String outlet,
		String coverageCategory, RecordState state, Long createdBy, Instant createdAt) {
}
