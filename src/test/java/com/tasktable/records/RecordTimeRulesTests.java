package com.tasktable.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Late" and "locked" at their edges, with the defaults (10 and 30 days). */
class RecordTimeRulesTests {

	@Test
	void lateIsMoreThanTenDaysAfterThePeriodEnded() {
		var q1 = Frequency.QUARTER.periodContaining(LocalDate.of(2019, 2, 1));
		assertThat(RecordTimeRules.isLate(q1, LocalDate.of(2019, 3, 31), 10)).isFalse();
		assertThat(RecordTimeRules.isLate(q1, LocalDate.of(2019, 4, 10), 10)).isFalse();
		assertThat(RecordTimeRules.isLate(q1, LocalDate.of(2019, 4, 11), 10)).isTrue();
	}

	@Test
	void lockedIsMoreThanThirtyDaysAfterThePeriodEnded() {
		var march = Frequency.MONTH.periodContaining(LocalDate.of(2019, 3, 15));
		assertThat(RecordTimeRules.lastOpenDay(march, 30)).isEqualTo(LocalDate.of(2019, 4, 30));
		assertThat(RecordTimeRules.isLocked(march, LocalDate.of(2019, 4, 30), 30)).isFalse();
		assertThat(RecordTimeRules.isLocked(march, LocalDate.of(2019, 5, 1), 30)).isTrue();
	}

	@Test
	void lateAndLockedAreIndependent() {
		var week = Frequency.WEEK.periodContaining(LocalDate.of(2019, 3, 30));
		var loggedTwentyDaysLater = week.end().plusDays(20);
		assertThat(RecordTimeRules.isLate(week, loggedTwentyDaysLater, 10)).isTrue();
		assertThat(RecordTimeRules.isLocked(week, loggedTwentyDaysLater, 30)).isFalse();
		assertThat(RecordTimeRules.isLate(week, week.end(), 0)).isFalse();
		assertThat(RecordTimeRules.isLocked(week, week.end().plusDays(1), 0)).isTrue();
	}

	@Test
	void aDatedEventIsDueAtTheEndOfItsWindowNotAtTheEndOfTheYear() {
		var june5 = TermsMother.datedEvent(6, 5);
		var rules = new ObligationRules(LocalDate.of(2018, 1, 1), null, List.of(june5.toRule()), Map.of());
		var due = RecordTimeRules.dueOf(rules, june5, LocalDate.of(2019, 6, 3));
		assertThat(due).isEqualTo(LocalDate.of(2019, 6, 12));
		assertThat(RecordTimeRules.isLate(due, LocalDate.of(2019, 6, 22), 10)).isFalse();
		assertThat(RecordTimeRules.isLate(due, LocalDate.of(2019, 6, 23), 10)).isTrue();
	}

	@Test
	void theActivityDateDecidesThePeriod() {
		var terms = TermsMother.countPerPeriod(Frequency.QUARTER, 1);
		assertThat(RecordTimeRules.periodOf(terms, LocalDate.of(2019, 3, 31)).key()).isEqualTo("2019-Q1");
		assertThat(RecordTimeRules.periodOf(terms, LocalDate.of(2019, 4, 1)).key()).isEqualTo("2019-Q2");
	}

}
