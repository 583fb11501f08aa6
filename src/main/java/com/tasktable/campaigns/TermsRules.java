package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tasktable.compliance.ObligationKind;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;

/**
 * What a version must hold for its kind: the checks of the database, in the form's words,
 * so an administrator sees every broken field at once instead of a constraint error.
 */
final class TermsRules {

	private static final Set<ObligationKind> PERIODIC = Set.of(ObligationKind.COUNT_PER_PERIOD,
			ObligationKind.RANGE_PER_PERIOD, ObligationKind.DAILY_ACTIVITY, ObligationKind.COVERAGE);

	private TermsRules() {
	}

	/** The codes of every coverage category a version may ask for. */
	static Set<String> categoryCodes(CoverageCategoryRepository categories) {
		return categories.findAllByOrderBySortOrder().stream().map(c -> c.toView().code()).collect(Collectors.toSet());
	}

	static List<Violation> check(ObligationTerms terms, Set<String> knownCategories) {
		List<Violation> found = new ArrayList<>();
		text(found, "title", terms.title(), true, 300);
		text(found, "titleEn", terms.titleEn(), false, 300);
		text(found, "text", terms.text(), true, 10000);
		text(found, "textEn", terms.textEn(), false, 10000);
		text(found, "metricUnit", terms.metricUnit(), false, 64);
		var kind = terms.kind();
		if (kind == null) {
			found.add(Violation.of("kind", "admin.error.required"));
			return found;
		}
		if (PERIODIC.contains(kind) && terms.frequency() == null) {
			found.add(Violation.of("frequency", "admin.error.required"));
		}
		nonNegative(found, "minCount", terms.minCount());
		nonNegative(found, "maxCount", terms.maxCount());
		nonNegative(found, "windowDaysBefore", terms.windowDaysBefore());
		nonNegative(found, "windowDaysAfter", terms.windowDaysAfter());
		if ((kind == ObligationKind.COUNT_PER_PERIOD || kind == ObligationKind.RANGE_PER_PERIOD)
				&& terms.minCount() == null) {
			found.add(Violation.of("minCount", "admin.error.required"));
		}
		if (kind == ObligationKind.RANGE_PER_PERIOD && terms.maxCount() == null) {
			found.add(Violation.of("maxCount", "admin.error.required"));
		}
		if (terms.minCount() != null && terms.maxCount() != null && terms.maxCount() < terms.minCount()) {
			found.add(Violation.of("maxCount", "admin.error.maxBelowMin"));
		}
		if (terms.yearlyTarget() != null && terms.yearlyTarget() <= 0) {
			found.add(Violation.of("yearlyTarget", "admin.error.positive"));
		}
		if (kind == ObligationKind.COUNT_PER_YEAR && terms.yearlyTarget() == null) {
			found.add(Violation.of("yearlyTarget", "admin.error.required"));
		}
		monthDay(found, "deadlineDay", terms.deadlineMonth(), terms.deadlineDay());
		if (kind == ObligationKind.MILESTONE && terms.deadline() == null && terms.deadlineMonth() == null) {
			found.add(Violation.of("deadline", "admin.error.deadlineNeeded"));
		}
		monthDay(found, "eventDay", terms.eventMonth(), terms.eventDay());
		if (kind == ObligationKind.DATED_EVENT && (terms.eventMonth() == null || terms.eventDay() == null)) {
			found.add(Violation.of("eventDay", "admin.error.required"));
		}
		if (terms.metricTarget() != null && terms.metricTarget().compareTo(BigDecimal.ZERO) <= 0) {
			found.add(Violation.of("metricTarget", "admin.error.positive"));
		}
		if (kind == ObligationKind.METRIC_TARGET && terms.metricTarget() == null) {
			found.add(Violation.of("metricTarget", "admin.error.required"));
		}
		if (kind == ObligationKind.COVERAGE && terms.coverageCategories().isEmpty()) {
			found.add(Violation.of("coverageCategories", "admin.error.required"));
		}
		for (var category : terms.coverageCategories()) {
			if (!knownCategories.contains(category)) {
				found.add(Violation.of("coverageCategories", "admin.error.unknownCategory", category));
			}
		}
		return found;
	}

	private static void text(List<Violation> found, String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				found.add(Violation.of(field, "admin.error.required"));
			}
		}
		else if (value.length() > max) {
			found.add(Violation.of(field, "admin.error.tooLong", max));
		}
	}

	private static void nonNegative(List<Violation> found, String field, Integer value) {
		if (value != null && value < 0) {
			found.add(Violation.of(field, "admin.error.negative"));
		}
	}

	private static void monthDay(List<Violation> found, String field, Integer month, Integer day) {
		if (month == null && day == null) {
			return;
		}
		if (month == null || day == null) {
			found.add(Violation.of(field, "admin.error.monthDay"));
			return;
		}
		try {
			MonthDay.of(month, day);
		}
		catch (DateTimeException ex) {
			found.add(Violation.of(field, "admin.error.monthDay"));
		}
	}

}
