package com.tasktable.records;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the compliance rules need of one record, and nothing more.
 *
 * @param unitId the unit
 * @param obligationId the obligation
 * @param activityDate the day it happened (decides the period)
 * @param loggedOn the day it was logged, in the campaign's time zone (decides "late")
 * @param state APPROVED or PENDING (the others never count and are not read)
 * @param value a metric reading, or null
 * @param category a coverage category, or null
 */
public record CountingRecord(long unitId, long obligationId, LocalDate activityDate, LocalDate loggedOn,
		RecordState state, BigDecimal value, String category) {
}
