package com.tasktable.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A record written in bulk by a start-up task (demo data, imports), bypassing the forms'
 * checks.
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
public record SeedRecord(Long obligationId, Long unitId, LocalDate activityDate, String title, String outlet,
		String coverageCategory, RecordState state, Long createdBy, Instant createdAt) {
}
