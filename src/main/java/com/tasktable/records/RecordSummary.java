package com.tasktable.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A record in a list.
 *
 * @param id record id
 * @param obligationId the obligation it counts for
 * @param unitId the unit that did it
 * @param activityDate the day the activity happened (decides the period)
 * @param title what was done
 * @param state review state
 * @param createdAt when it was logged (UTC)
 */
public record RecordSummary(Long id, Long obligationId, Long unitId, LocalDate activityDate, String title,
		RecordState state, Instant createdAt) {
}
