package com.tasktable.campaigns;

import java.util.Locale;

/**
 * A coverage category.
 *
 * @param code stable code
 * @param name Chinese name
 * @param nameEn English name
 */
public record CategoryView(String code, String name, String nameEn) {

	public String displayName(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.nameEn != null) ? this.nameEn : this.name;
	}

}
