package com.tasktable.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How often an obligation recurs. Periods are calendar periods; two-month blocks start in
 * January.
 */
public enum Frequency {

	WEEK, MONTH, TWO_MONTHS, QUARTER, HALF_YEAR, YEAR;

	/** The period of this frequency that contains {@code date}. */
	public Period periodContaining(LocalDate date) {
		return switch (this) {
			case WEEK -> {
				var start = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Period(this, start, start.plusDays(6));
			}
			case MONTH -> monthBlock(date, 1);
			case TWO_MONTHS -> monthBlock(date, 2);
			case QUARTER -> monthBlock(date, 3);
			case HALF_YEAR -> monthBlock(date, 6);
			case YEAR -> new Period(this, date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()));
		};
	}

	private Period monthBlock(LocalDate date, int months) {
		int firstMonth = ((date.getMonthValue() - 1) / months) * months + 1;
		var start = LocalDate.of(date.getYear(), firstMonth, 1);
		var end = start.plusMonths(months).minusDays(1);
		return new Period(this, start, end);
	}

	/**
	 * A short stable key for a period, e.g. {@code 2019-W27}, {@code 2019-03},
	 * {@code 2019-Q2}.
	 */
	String key(Period period) {
		var start = period.start();
		return switch (this) {
			case WEEK -> "%d-W%02d".formatted(period.end().get(IsoFields.WEEK_BASED_YEAR),
					period.end().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
			case TWO_MONTHS -> "%d-B%d".formatted(start.getYear(), (start.getMonthValue() + 1) / 2);
			case QUARTER -> "%d-Q%d".formatted(start.getYear(), Quarters.of(start));
			case HALF_YEAR -> "%d-H%d".formatted(start.getYear(), (start.getMonthValue() + 5) / 6);
			case YEAR -> Integer.toString(start.getYear());
		};
	}

}
