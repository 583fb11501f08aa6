package com.tasktable.compliance;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first whole period a new version judges: where it starts on a period's first day,
 * that period; otherwise the first period of its own cycle after the one running when it
 * began. A campaign ending before that period never sees the version apply.
 */
class FirstPeriodTests {

	static final LocalDate START = LocalDate.of(2018, 1, 1);

	static final RuleVersion MONTHLY = RuleVersion.countPerPeriod(START, Frequency.MONTH, 1);

	@Test
	void aQuarterlyVersionFromMidNovemberFirstJudgesTheNextYearsFirstQuarter() {
		assertThat(first(RuleVersion.countPerPeriod(LocalDate.of(2020, 11, 15), Frequency.QUARTER, 1)))
			.isEqualTo("2021-Q1");
	}

	@Test
	void aVersionStartingOnAPeriodsFirstDayJudgesThatPeriod() {
		assertThat(first(RuleVersion.countPerPeriod(LocalDate.of(2020, 10, 1), Frequency.QUARTER, 1)))
			.isEqualTo("2020-Q4");
		assertThat(first(RuleVersion.countPerPeriod(LocalDate.of(2020, 7, 1), Frequency.TWO_MONTHS, 1)))
			.isEqualTo("2020-B4");
	}

	@Test
	void aVersionFromMidMonthTakesOverAfterTheRunningMonth() {
		// August runs out under the monthly version; Sep–Oct is the first whole block
		assertThat(first(RuleVersion.countPerPeriod(LocalDate.of(2020, 8, 15), Frequency.TWO_MONTHS, 1)))
			.isEqualTo("2020-B5");
		// a yearly target is judged per year: from 15 November 2020 the first whole year
		// is 2021
		assertThat(first(RuleVersion.countPerYear(LocalDate.of(2020, 11, 15), 6))).isEqualTo("2021");
		assertThat(first(RuleVersion.datedEvent(LocalDate.of(2020, 1, 1), MonthDay.of(6, 5), 7, 7))).isEqualTo("2020");
	}

	@Test
	void aVersionOvertakenBeforeTheWalkReachesItJudgesNothing() {
		var quarterly = RuleVersion.countPerPeriod(LocalDate.of(2020, 2, 10), Frequency.QUARTER, 1);
		var monthly = RuleVersion.countPerPeriod(LocalDate.of(2020, 3, 1), Frequency.MONTH, 2);
		var rules = ObligationRules.of(START, MONTHLY, quarterly, monthly);
		assertThat(FirstPeriod.of(rules, quarterly.validFrom())).isEmpty();
		assertThat(FirstPeriod.of(rules, monthly.validFrom())).map(Period::key).contains("2020-03");
	}

	private static String first(RuleVersion version) {
		return FirstPeriod.of(ObligationRules.of(START, MONTHLY, version), version.validFrom())
			.map(Period::key)
			.orElse(null);
	}

}
