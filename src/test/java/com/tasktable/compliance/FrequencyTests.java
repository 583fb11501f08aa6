package com.tasktable.compliance;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendar periods as docs/compliance-rules.md defines them. */
class FrequencyTests {

	@Test
	void twoMonthBlocksStartInJanuary() {
		var block = Frequency.TWO_MONTHS.periodContaining(LocalDate.of(2018, 10, 1));
		assertThat(block.start()).isEqualTo(LocalDate.of(2018, 9, 1));
		assertThat(block.end()).isEqualTo(LocalDate.of(2018, 10, 31));
		assertThat(block.key()).isEqualTo("2018-B5");
		assertThat(block.next().start()).isEqualTo(LocalDate.of(2018, 11, 1));
	}

	@Test
	void marchAprilBlockBelongsToTheSecondQuarter() {
		var block = Frequency.TWO_MONTHS.periodContaining(LocalDate.of(2019, 3, 15));
		assertThat(block.quarter().key()).isEqualTo("2019-Q2");
	}

	@Test
	void isoWeekAcrossAQuarterEdgeBelongsToTheQuarterOfItsLastDay() {
		var week = Frequency.WEEK.periodContaining(LocalDate.of(2019, 3, 30));
		assertThat(week.start()).isEqualTo(LocalDate.of(2019, 3, 25));
		assertThat(week.end()).isEqualTo(LocalDate.of(2019, 3, 31));
		assertThat(week.quarter().key()).isEqualTo("2019-Q1");
		var next = week.next();
		assertThat(next.start()).isEqualTo(LocalDate.of(2019, 4, 1));
		var acrossYear = Frequency.WEEK.periodContaining(LocalDate.of(2019, 12, 31));
		assertThat(acrossYear.key()).isEqualTo("2020-W01");
		assertThat(acrossYear.quarter().key()).isEqualTo("2020-Q1");
	}

	@Test
	void leapDayIsInFebruary() {
		var month = Frequency.MONTH.periodContaining(LocalDate.of(2020, 2, 29));
		assertThat(month.lengthInDays()).isEqualTo(29);
		assertThat(Frequency.YEAR.periodContaining(LocalDate.of(2020, 2, 29)).lengthInDays()).isEqualTo(366);
	}

	@Test
	void halfYearsAndQuarters() {
		assertThat(Frequency.HALF_YEAR.periodContaining(LocalDate.of(2019, 7, 1)).key()).isEqualTo("2019-H2");
		assertThat(Frequency.QUARTER.periodContaining(LocalDate.of(2019, 12, 31)).start())
			.isEqualTo(LocalDate.of(2019, 10, 1));
	}

	@Test
	void everyPeriodContainsItsDayAndFollowsWithoutGaps() {
		for (var frequency : Frequency.values()) {
			var period = frequency.periodContaining(LocalDate.of(2017, 12, 20));
			for (int i = 0; i < 200; i++) {
				var next = period.next();
				assertThat(next.start()).as(frequency.name()).isEqualTo(period.end().plusDays(1));
				assertThat(frequency.periodContaining(next.end())).isEqualTo(next);
				period = next;
			}
		}
	}

}
