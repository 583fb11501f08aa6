package com.tasktable.records;

import java.time.LocalDate;

/**
 * Whether a reviewer reopened a closed day for a unit. Records ask it before refusing a
 * change in a closed period; the review module, which keeps the unlocks, answers it, so
 * that the dependency runs review → records.
 */
public interface ReopenedDays {

	/** Whether {@code day} is open again for the unit on {@code today}. */
	boolean isReopened(Long unitId, LocalDate day, LocalDate today);

}
