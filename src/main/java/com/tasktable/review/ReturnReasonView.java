package com.tasktable.review;

import java.util.Locale;

/**
 * A return reason as the screens show it.
 *
 * @param id its id
 * @param text the reason in Chinese
 * @param textEn in English, null when not given
 * @param sortOrder where it stands in the list
 * @param retired no longer offered to reviewers
 * @param version what an administrator edited
 */
public record ReturnReasonView(Long id, String text, String textEn, int sortOrder, boolean retired, long version) {

	/** In English when asked and given, else in Chinese. */
	public String displayText(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.textEn != null) ? this.textEn : this.text;
	}

}
