package com.tasktable.review;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Period;
import com.tasktable.units.UnitView;

/**
 * A unit's rating on an assessment obligation, or its absence.
 *
 * @param unit the rated unit
 * @param obligation the ASSESSMENT obligation (4.C.1), named first on the page
 * @param period the rated period (the year)
 * @param score 0–100, null while not rated
 * @param comment the reviewer's comment
 */
public record RatingView(UnitView unit, ObligationView obligation, Period period, Integer score, String comment) {

	public String obligationCode() {
		return this.obligation.code();
	}

}
