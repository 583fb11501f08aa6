package com.tasktable.review;

import java.time.LocalDate;

/**
 * The activity dates of one obligation's records that a result depends on.
 *
 * @param obligationId the obligation
 * @param from first activity date
 * @param to last activity date
 */
public record PendingWindow(Long obligationId, LocalDate from, LocalDate to) {
}
