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
		return new ObligationTerms(LocalDate.of(2018, 1, 1), null, "day", null, "text", null,
				ObligationKind.DATED_EVENT, null, null, null, null, null, null, null, month, day, 7, 7, null, null,
				List.of(), BigDecimal.ONE, null);
	}

	static ObligationTerms of(ObligationKind kind) {
		return terms(kind, null, null, null, null, null, List.of());
	}

	private static ObligationTerms terms(ObligationKind kind, Frequency frequency, Integer min, Integer max,
			Integer target, BigDecimal metric, List<String> categories) {
		return new ObligationTerms(LocalDate.of(2018, 1, 1), null, "title", null, "text", null, kind, frequency, min,
				max, target, null, null, null, null, null, null, null, metric, null, categories, BigDecimal.ONE, null);
	}

}
