package com.tasktable.records;

import java.time.LocalDate;

/**
 * What a records list is narrowed to; nulls mean "any".
 *
 * @param campaignCode the campaign (required)
 * @param unitCode one unit inside the reader's scope, or null for all of them
 * @param obligationId one obligation
 * @param from first activity date
 * @param to last activity date
 * @param state review state
 */
public record RecordFilter(String campaignCode, String unitCode, Long obligationId, LocalDate from, LocalDate to,
		RecordState state) {
}
