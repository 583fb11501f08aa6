package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.List;

import com.tasktable.units.UnitView;

/**
 * An obligation as its administration page shows it: every version (its history), the
 * phase date of each unit at its level, and the lock version a change must name.
 *
 * @param obligation the obligation, with the version in force today
 * @param campaign its campaign
 * @param version the optimistic lock version; a change naming another one is refused
 * @param units the units at the obligation's level under the campaign's unit, each with
 * its phase date (null when it follows the obligation)
 */
public record ObligationDetail(ObligationView obligation, CampaignView campaign, long version, List<UnitPhase> units) {

	/**
	 * A unit and its own start date for the obligation.
	 *
	 * @param unit the unit
	 * @param start its phase date, null when none
	 */
	public record UnitPhase(UnitView unit, LocalDate start) {
	}

}
