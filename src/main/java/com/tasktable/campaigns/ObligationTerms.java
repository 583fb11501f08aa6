package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.RuleVersion;
import com.tasktable.compliance.ScoreMode;

/**
 * What an obligation asks in one version: the fields a kind uses are set, the others are
 * null.
 *
 * @param validFrom first day this version is in force
 * @param validTo first day it no longer is, null while current
 * @param title short label (Chinese)
 * @param titleEn short label in English, may be null
 * @param text the source text (Chinese)
 * @param textEn English text, may be null
 * @param kind how the obligation is met
 * @param frequency period of periodic kinds
 * @param minCount least number of records per period
 * @param maxCount advisory most per period
 * @param yearlyTarget records expected per year
 * @param deadline fixed milestone deadline
 * @param deadlineMonth yearly milestone deadline, month
 * @param deadlineDay yearly milestone deadline, day
 * @param eventMonth dated event, month
 * @param eventDay dated event, day
 * @param windowDaysBefore dated event window, days before
 * @param windowDaysAfter dated event window, days after
 * @param metricTarget value to reach
 * @param metricUnit unit of the value (e.g. followers)
 * @param coverageCategories category codes to cover
 * @param weight points out of 100 for its level
 * @param scoreMode how a yearly target earns its weight in a score: PROPORTIONAL when not
 * given; null for the other kinds, whose periods are scored one by one
 */
public record ObligationTerms(LocalDate validFrom, LocalDate validTo, String title, String titleEn, String text,
		String textEn, ObligationKind kind, Frequency frequency, Integer minCount, Integer maxCount,
		Integer yearlyTarget, LocalDate deadline, Integer deadlineMonth, Integer deadlineDay, Integer eventMonth,
		Integer eventDay, Integer windowDaysBefore, Integer windowDaysAfter, BigDecimal metricTarget, String metricUnit,
		List<String> coverageCategories, BigDecimal weight, ScoreMode scoreMode) {

	public ObligationTerms {
		coverageCategories = List.copyOf(coverageCategories);
		if (kind == ObligationKind.COUNT_PER_YEAR) {
			scoreMode = (scoreMode != null) ? scoreMode : ScoreMode.PROPORTIONAL;
		}
		else if (kind != null) {
			scoreMode = null;
		}
	}

	/** Terms built field by field, by name. */
	public static ObligationTermsBuilder builder() {
		return new ObligationTermsBuilder();
	}

	/** A builder that starts from these terms, to change some of their fields. */
	public ObligationTermsBuilder toBuilder() {
		return new ObligationTermsBuilder(this);
	}

	/** The same version as the compliance engine reads it. */
	public RuleVersion toRule() {
		return new RuleVersion(this.validFrom, this.kind, this.frequency, this.minCount, this.maxCount,
				this.yearlyTarget, this.deadline,
				(this.deadlineMonth != null && this.deadlineDay != null)
						? MonthDay.of(this.deadlineMonth, this.deadlineDay) : null,
				(this.eventMonth != null && this.eventDay != null) ? MonthDay.of(this.eventMonth, this.eventDay) : null,
				(this.windowDaysBefore != null) ? this.windowDaysBefore : 0,
				(this.windowDaysAfter != null) ? this.windowDaysAfter : 0, this.metricTarget, this.coverageCategories);
	}

	/**
	 * Every field an administrator edits, by name, as text ("" when empty): what the
	 * audit log keeps as before and after, and what an edit conflict compares.
	 */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", text(this.title));
		fields.put("titleEn", text(this.titleEn));
		fields.put("text", text(this.text));
		fields.put("textEn", text(this.textEn));
		fields.put("kind", text(this.kind));
		fields.put("frequency", text(this.frequency));
		fields.put("minCount", text(this.minCount));
		fields.put("maxCount", text(this.maxCount));
		fields.put("yearlyTarget", text(this.yearlyTarget));
		fields.put("deadline", text(this.deadline));
		fields.put("deadlineMonth", text(this.deadlineMonth));
		fields.put("deadlineDay", text(this.deadlineDay));
		fields.put("eventMonth", text(this.eventMonth));
		fields.put("eventDay", text(this.eventDay));
		fields.put("windowDaysBefore", text(this.windowDaysBefore));
		fields.put("windowDaysAfter", text(this.windowDaysAfter));
		fields.put("metricTarget",
				(this.metricTarget != null) ? this.metricTarget.stripTrailingZeros().toPlainString() : "");
		fields.put("metricUnit", text(this.metricUnit));
		fields.put("coverageCategories", String.join(",", this.coverageCategories));
		fields.put("scoreMode", text(this.scoreMode));
		return fields;
	}

	/**
	 * The fields whose values differ between {@code before} and {@code after}, each as
	 * [before, after].
	 */
	public static Map<String, List<String>> changes(Map<String, String> before, Map<String, String> after) {
		Map<String, List<String>> changes = new LinkedHashMap<>();
		after.forEach((field, value) -> {
			var old = before.getOrDefault(field, "");
			if (!old.equals(value)) {
				changes.put(field, List.of(old, value));
			}
		});
		return changes;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	public String displayTitle(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.titleEn != null) ? this.titleEn : this.title;
	}

	/**
	 * The period of the obligation's natural cycle: its frequency, or the year for yearly
	 * and one-off kinds.
	 */
	/** The version's last day in force (validTo is exclusive), null while open-ended. */
	public LocalDate lastDay() {
		return (this.validTo != null) ? this.validTo.minusDays(1) : null;
	}

	public Frequency cycle() {
		return (this.frequency != null) ? this.frequency : Frequency.YEAR;
	}

	/**
	 * A yearly target scored all or nothing (shown next to its target); proportional
	 * ones, and the other kinds, say nothing.
	 */
	public boolean allOrNothing() {
		return this.scoreMode == ScoreMode.ALL_OR_NOTHING;
	}

	/**
	 * How many records a period asks for, where the kind counts records; null otherwise.
	 */
	public Integer required() {
		return switch (this.kind) {
			case COUNT_PER_PERIOD, RANGE_PER_PERIOD -> this.minCount;
			case COUNT_PER_YEAR -> this.yearlyTarget;
			case MILESTONE, DATED_EVENT -> 1;
			default -> null;
		};
	}

}
