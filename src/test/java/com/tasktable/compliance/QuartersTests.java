package com.tasktable.compliance;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuartersTests {

	@Test
	void everyMonthFallsInItsQuarter() {
		for (int month = 1; month <= 12; month++) {
			var day = LocalDate.of(2026, month, 15);
			int quarter = Quarters.of(day);
			assertThat(quarter).isEqualTo((month - 1) / 3 + 1);
			assertThat(Quarters.period(2026, quarter).contains(day)).isTrue();
		}
	}

	@Test
	void aQuarterByItsNumberRunsFromItsFirstToItsLastDay() {
		var q4 = Quarters.period(2025, 4);
		assertThat(q4.start()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(q4.end()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(q4.key()).isEqualTo("2025-Q4");
		assertThat(Quarters.of(q4)).isEqualTo(4);
	}

	@Test
	void thereIsNoFifthQuarter() {
		assertThatIllegalArgumentException().isThrownBy(() -> Quarters.period(2025, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> Quarters.period(2025, 0));
	}

}
