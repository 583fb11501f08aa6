package com.tasktable.review;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.units.UnitView;

/**
 * A pending record in a reviewer's queue.
 *
 * @param id record id
 * @param version the version the reviewer decides on
 * @param unit the unit that logged it
 * @param campaignCode its campaign
 * @param obligation the obligation it counts for
 * @param activityDate when it happened
 * @param title its title
 * @param waitingSince when it was logged or last resubmitted, in the campaign's zone
 * @param daysWaiting whole days since then
 * @param resubmitted it was returned before and fixed
 */
public record QueueRow(Long id, long version, UnitView unit, String campaignCode, ObligationView obligation,
		LocalDate activityDate, String title, ZonedDateTime waitingSince, long daysWaiting, boolean resubmitted) {

	public String obligationCode() {
		return this.obligation.code();
	}

	/** The obligation's name in the reader's language (English when it has one). */
	public String displayObligationName(Locale locale) {
		return this.obligation.displayName(locale);
	}

	/**
	 * What the obligation asks, as titled by its version on the activity date in the
	 * reader's language; null when that is the name already shown.
	 */
	public String displayObligationTitle(Locale locale) {
		var title = this.obligation.termsOn(this.activityDate).displayTitle(locale);
		return title.equals(displayObligationName(locale)) ? null : title;
	}

}
