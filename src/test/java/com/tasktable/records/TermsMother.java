package com.tasktable.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;

/** Obligation terms of each kind, as the tests need them. */
final class TermsMother {

	private TermsMother() {
	}

	static ObligationTerms countPerPeriod(Frequency frequency, int min) {
		return terms(ObligationKind.COUNT_PER_PERIOD, frequency, min, null, null, null, List.of());
	}

	static ObligationTerms metric(int target) {
		return terms(ObligationKind.METRIC_TARGET, null, null, null, null, BigDecimal.valueOf(target), List.of());
	}

	static ObligationTerms coverage(String... categories) {
		return terms(ObligationKind.COVERAGE, Frequency.YEAR, null, null, null, null, List.of(categories));
	}

	static ObligationTerms datedEvent(int month, int day) {
		return ObligationTerms.builder()
			.validFrom(LocalDate.of(2018, 1, 1))
			.title("day")
			.text("text")
			.kind(ObligationKind.DATED_EVENT)
			.eventMonth(month)
			.eventDay(day)
			.windowDaysBefore(7)
			.windowDaysAfter(7)
			.weight(BigDecimal.ONE)
			.build();
	}

	static ObligationTerms of(ObligationKind kind) {
		return terms(kind, null, null, null, null, null, List.of());
	}

	private static ObligationTerms terms(ObligationKind kind, Frequency frequency, Integer min, Integer max,
			Integer target, BigDecimal metric, List<String> categories) {
		return ObligationTerms.builder()
			.validFrom(LocalDate.of(2018, 1, 1))
			.title("title")
			.text("text")
			.kind(kind)
			.frequency(frequency)
			.minCount(min)
			.maxCount(max)
			.yearlyTarget(target)
			.metricTarget(metric)
			.coverageCategories(categories)
			.weight(BigDecimal.ONE)
			.build();
	}

}
