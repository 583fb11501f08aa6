package com.tasktable.records;

import java.time.LocalDate;

/**
 * Records of one unit for one obligation on one activity date.
 *
 * @param obligationId the obligation
 * @param activityDate the day
 * @param counts approved and pending
 */
public record DailyRecordCount(Long obligationId, LocalDate activityDate, RecordCounts counts) {
}
