package com.tasktable.review;

import java.time.ZonedDateTime;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Period;
import com.tasktable.units.UnitView;

/**
 * An exemption as the reviewer's page shows it.
 *
 * @param id exemption id
 * @param unit the exempted unit
 * @param obligation the obligation, named first on the page
 * @param period the exempted period
 * @param reason why
 * @param grantedAt when, in the campaign's zone
 */
public record ExemptionView(Long id, UnitView unit, ObligationView obligation, Period period, String reason,
		ZonedDateTime grantedAt) {

	public String obligationCode() {
		return this.obligation.code();
	}

}
