package com.tasktable.review;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A record a reviewer returned, waiting for its reporter to fix and resubmit it.
 *
 * @param id record id
 * @param obligationCode the obligation it counts for
 * @param activityDate when it happened
 * @param title its title
 * @param reason the reviewer's reason
 * @param returnedAt when it was returned, in the campaign's zone
 */
public record ReturnedRecord(Long id, String obligationCode, LocalDate activityDate, String title, String reason,
		ZonedDateTime returnedAt) {
}
