package com.tasktable.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.tasktable.units.UnitView;

/**
 * A record as review sees it.
 *
 * @param id record id
 * @param version its current version
 * @param state its review state
 * @param unit the unit that logged it
 * @param obligationCode the obligation it counts for
 * @param activityDate when it happened
 * @param title its title
 * @param updatedAt when it was last changed
 * @param zone its campaign's time zone
 */
public record RecordInReview(Long id, long version, RecordState state, UnitView unit, String obligationCode,
		LocalDate activityDate, String title, Instant updatedAt, ZoneId zone) {
}
