package com.tasktable.scoring;

import java.time.LocalDate;
import java.time.YearMonth;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;

/**
 * What a score covers: a month, or a whole year.
 *
 * @param year the year
 * @param month 1–12, null for the year
 */
public record ScoreSpan(int year, Integer month) {

	public ScoreSpan {
		if (month != null && (month < 1 || month > 12)) {
			throw new IllegalArgumentException("A month is 1..12: " + month);
		}
	}

	public boolean monthly() {
		return this.month != null;
	}

	public Period period() {
		return this.monthly() ? Frequency.MONTH.periodContaining(LocalDate.of(this.year, this.month, 1))
				: Frequency.YEAR.periodContaining(LocalDate.of(this.year, 1, 1));
	}

	/** The month or year before, for the movement. */
	public ScoreSpan previous() {
		if (!monthly()) {
			return new ScoreSpan(this.year - 1, null);
		}
		var before = YearMonth.of(this.year, this.month).minusMonths(1);
		return new ScoreSpan(before.getYear(), before.getMonthValue());
	}

	/** {@code 2026-10} or {@code 2026}. */
	public String key() {
		return monthly() ? "%d-%02d".formatted(this.year, this.month) : Integer.toString(this.year);
	}

}
