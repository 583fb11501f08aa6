package com.tasktable.records;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A record in a list.
 *
 * @param id record id
 * @param unitName the unit
 * @param obligationCode the obligation's code
 * @param obligationTitle its short title
 * @param activityDate the day it happened
 * @param title what was done
 * @param state review state
 * @param loggedAt when it was logged, in the campaign's zone
 * @param late logged after the grace days
 * @param thumbnailEvidenceId an image to preview, or null
 */
public record RecordRow(Long id, String unitName, String obligationCode, String obligationTitle, LocalDate activityDate,
		String title, RecordState state, ZonedDateTime loggedAt, boolean late, Long thumbnailEvidenceId) {
}
