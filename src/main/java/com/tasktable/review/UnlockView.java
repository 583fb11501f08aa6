package com.tasktable.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reopened period.
 *
 * @param id unlock id
 * @param unitId the unit
 * @param fromDate first activity date reopened
 * @param toDate last activity date reopened
 * @param openUntil last day it stays open, null for good
 * @param reason why
 * @param unlockedAt when
 */
public record UnlockView(Long id, Long unitId, LocalDate fromDate, LocalDate toDate, LocalDate openUntil, String reason,
		Instant unlockedAt) {
}
