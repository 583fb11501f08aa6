package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.tasktable.compliance.DateRange;
import com.tasktable.compliance.ObligationRules;
import com.tasktable.units.UnitLevel;

/**
 * An obligation with the version in force on a given day.
 *
 * @param id database id
 * @param campaignId the campaign it belongs to
 * @param code stable code, {@code <row>.<R|C|X>.<n>}
 * @param shortName a short name in Chinese for the screens (null when the campaign gives
 * none: the version's title stands in)
 * @param shortNameEn the short name in English, null when none
 * @param level the unit level it applies to
 * @param rowNumber the task table row
 * @param rowCategory the row's category (Chinese)
 * @param rowCategoryEn the row's category in English
 * @param rowTitle the row's title (Chinese)
 * @param rowTitleEn the row's title in English
 * @param effectiveFrom first day in force
 * @param effectiveTo retired from this day, null while in force
 * @param terms what it asks in the chosen version
 * @param versions all versions, oldest first
 * @param phases per-unit start dates by unit code (only units the reader may see)
 * @param eventDates dates of a movable day by year
 * @param campaignDays the campaign's first and last day: periods are cut at them
 */
public record ObligationView(Long id, Long campaignId, String code, String shortName, String shortNameEn,
		UnitLevel level, int rowNumber, String rowCategory, String rowCategoryEn, String rowTitle, String rowTitleEn,
		LocalDate effectiveFrom, LocalDate effectiveTo, ObligationTerms terms, List<ObligationTerms> versions,
		Map<String, LocalDate> phases, Map<Integer, LocalDate> eventDates, DateRange campaignDays) {

	/**
	 * The name a person reads first, in the reader's language: the short name, else the
	 * title of the version in force; English when it exists, else the Chinese. The code
	 * goes beside it, smaller ({@code fragments/obligation :: name}).
	 */
	public String displayName(Locale locale) {
		if ("en".equals(locale.getLanguage())) {
			if (this.shortNameEn != null) {
				return this.shortNameEn;
			}
			if (this.terms.titleEn() != null) {
				return this.terms.titleEn();
			}
		}
		return (this.shortName != null) ? this.shortName : this.terms.title();
	}

	/** "新闻发布会 1.C.1": the name, then the code, for text and exports. */
	public String displayNameWithCode(Locale locale) {
		return displayName(locale) + " " + this.code;
	}

	public String displayRowTitle(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.rowTitleEn != null) ? this.rowTitleEn : this.rowTitle;
	}

	public String displayRowCategory(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.rowCategoryEn != null) ? this.rowCategoryEn
				: this.rowCategory;
	}

	/**
	 * The same obligation with only the phase dates of the units {@code visible} accepts
	 * (by unit code).
	 */
	public ObligationView withPhasesOf(Predicate<String> visible) {
		Map<String, LocalDate> kept = new LinkedHashMap<>();
		this.phases.forEach((unit, start) -> {
			if (visible.test(unit)) {
				kept.put(unit, start);
			}
		});
		return new ObligationView(this.id, this.campaignId, this.code, this.shortName, this.shortNameEn, this.level,
				this.rowNumber, this.rowCategory, this.rowCategoryEn, this.rowTitle, this.rowTitleEn,
				this.effectiveFrom, this.effectiveTo, this.terms, this.versions, kept, this.eventDates,
				this.campaignDays);
	}

	/**
	 * The obligation as the compliance engine reads it: every version, retirement,
	 * movable days and the campaign's days (a week that straddles the campaign's first or
	 * last day is judged on its days inside it).
	 */
	public ObligationRules rules() {
		return new ObligationRules(this.effectiveFrom, this.effectiveTo,
				this.versions.stream().map(ObligationTerms::toRule).toList(), this.eventDates, this.campaignDays);
	}

	/**
	 * What the obligation asked on {@code day}: the version in force then (the first one
	 * before it began).
	 */
	public ObligationTerms termsOn(LocalDate day) {
		ObligationTerms found = this.versions.get(0);
		for (var version : this.versions) {
			if (!version.validFrom().isAfter(day)) {
				found = version;
			}
		}
		return found;
	}

	/**
	 * The day the obligation starts for a unit: its phase date if it has one, else the
	 * obligation's own.
	 */
	public LocalDate startFor(String unitCode) {
		var phase = this.phases.get(unitCode);
		return (phase != null && phase.isAfter(this.effectiveFrom)) ? phase : this.effectiveFrom;
	}

}
