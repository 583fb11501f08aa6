package com.tasktable.records;

import java.time.ZonedDateTime;

/**
 * One step of a record's review history, for its page.
 *
 * @param action approved, returned or resubmitted
 * @param reason why it was returned, null otherwise
 * @param recordVersion the version of the record it was taken on
 * @param by who took it (display name)
 * @param at when, in the campaign's time zone
 */
public record DecisionView(Decision action, String reason, long recordVersion, String by, ZonedDateTime at) {
}
