package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.List;

import com.tasktable.units.UnitLevel;

/**
 * Computes what a proposed change would do to the periods that are over. The campaigns
 * module proposes the change (each obligation as it is and as it would be, made by the
 * same methods that will apply it); the module that scores (which reads the facts)
 * implements this.
 */
public interface ChangeImpacts {

	/**
	 * Compares every cell, month score and year score of the level's units from the
	 * change's first day to the last one that is over (today in the campaign's zone, or
	 * its end).
	 */
	ChangeImpact of(CampaignView campaign, UnitLevel level, List<Proposal> proposals, LocalDate from);

	/**
	 * One obligation as stored and as the change would leave it.
	 *
	 * @param before as stored
	 * @param after as changed
	 */
	record Proposal(ObligationView before, ObligationView after) {

	}

}
