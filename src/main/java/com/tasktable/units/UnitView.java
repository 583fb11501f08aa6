package com.tasktable.units;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What other modules know of a unit. Serializable: the signed-in person's unit is kept in
 * the session, which lives in the database.
 *
 * @param id database id
 * @param code stable pinyin code, e.g. {@code nanning}
 * @param name Chinese name
 * @param nameEn English name, may be null
 * @param level administrative level
 * @param parentId the parent unit's id, null for a root
 * @param path materialised path of codes, e.g. {@code /guangxi/nanning/}
 * @param activeFrom first day the unit takes part, null for always
 * @param activeTo last day the unit takes part, null for open-ended
 */
public record UnitView(Long id, String code, String name, String nameEn, UnitLevel level, Long parentId, String path,
		LocalDate activeFrom, LocalDate activeTo) implements Serializable {

	/** The name in the reader's language, falling back to Chinese. */
	public String displayName(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.nameEn != null) ? this.nameEn : this.name;
	}

	/** The first day the unit no longer takes part, null while open-ended. */
	public LocalDate outFrom() {
		return (this.activeTo != null) ? this.activeTo.plusDays(1) : null;
	}

	/**
	 * How deep the unit sits in the tree: 0 for a region, 1 for a city, 2 for a county.
	 */
	public int depth() {
		return this.level.ordinal();
	}

	public boolean isActiveOn(LocalDate day) {
		return (this.activeFrom == null || !day.isBefore(this.activeFrom))
				&& (this.activeTo == null || !day.isAfter(this.activeTo));
	}

}
