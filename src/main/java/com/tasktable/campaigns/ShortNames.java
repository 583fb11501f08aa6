package com.tasktable.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An obligation's short names for the screens ("新闻发布会" beside 1.C.1), in Chinese and in
 * English; blank names are stored as none. They judge nothing, so they are not versioned.
 *
 * @param shortName in Chinese, may be null
 * @param shortNameEn in English, may be null
 */
@Embeddable
record ShortNames(@Column(name = "short_name") String shortName, @Column(name = "short_name_en") String shortNameEn) {

	static final ShortNames NONE = new ShortNames(null, null);

	ShortNames {
		shortName = blankToNull(shortName);
		shortNameEn = blankToNull(shortNameEn);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
