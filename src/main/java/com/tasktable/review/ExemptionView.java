package com.tasktable.review;

import java.time.ZonedDateTime;

import com.tasktable.compliance.Period;
import com.tasktable.units.UnitView;

/**
 * An exemption as the reviewer's page shows it.
 *
 * @param id exemption id
 * @param unit the exempted unit
 * @param obligationCode the obligation
 * @param period the exempted period
 * @param reason why
 * @param grantedAt when, in the campaign's zone
 */
public record ExemptionView(Long id, UnitView unit, String obligationCode, Period period, String reason,
		ZonedDateTime grantedAt) {
}
