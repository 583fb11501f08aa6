package com.tasktable.review;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

import com.tasktable.units.UnitView;

/**
 * A pending record in a reviewer's queue.
 *
 * @param id record id
 * @param version the version the reviewer decides on
 * @param unit the unit that logged it
 * @param campaignCode its campaign
 * @param obligationCode the obligation
 * @param obligationTitle the obligation's short title (Chinese)
 * @param obligationName the obligation's name as screens show it first, in Chinese
 * @param obligationNameEn the same in English (the Chinese when it has none)
 * @param activityDate when it happened
 * @param title its title
 * @param waitingSince when it was logged or last resubmitted, in the campaign's zone
 * @param daysWaiting whole days since then
 * @param resubmitted it was returned before and fixed
 */
public record QueueRow(Long id, long version, UnitView unit, String campaignCode, String obligationCode,
		String obligationTitle, String obligationName, String obligationNameEn, LocalDate activityDate, String title,
		ZonedDateTime waitingSince, long daysWaiting, boolean resubmitted) {

	/** The obligation's name in the reader's language. */
	public String displayObligationName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.obligationNameEn : this.obligationName;
	}

}
