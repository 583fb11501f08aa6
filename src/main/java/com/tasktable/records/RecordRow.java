package com.tasktable.records;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * A record in a list.
 *
 * @param id record id
 * @param unitName the unit
 * @param obligationCode the obligation's code
 * @param obligationTitle its short title
 * @param obligationName its name as screens show it first, in Chinese
 * @param obligationNameEn the same in English (the Chinese when it has none)
 * @param activityDate the day it happened
 * @param title what was done
 * @param state review state
 * @param loggedAt when it was logged, in the campaign's zone
 * @param late logged after the grace days
 * @param thumbnailEvidenceId an image to preview, or null
 */
public record RecordRow(Long id, String unitName, String obligationCode, String obligationTitle, String obligationName,
		String obligationNameEn, LocalDate activityDate, String title, RecordState state, ZonedDateTime loggedAt,
		boolean late, Long thumbnailEvidenceId) {

	/** The obligation's name in the reader's language. */
	public String displayObligationName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.obligationNameEn : this.obligationName;
	}

}
