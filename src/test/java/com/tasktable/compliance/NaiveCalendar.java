package com.tasktable.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Calendar periods found the slow way, for the oracle: a period starts on a day that
 * passes a plain test (a Monday, the 1st of January, March, May…), and the oracle walks
 * day by day to the nearest such day. No arithmetic on months, and nothing from
 * {@link Frequency} but its name.
 */
final class NaiveCalendar {

	private NaiveCalendar() {
	}

	static boolean startsPeriod(Frequency frequency, LocalDate day) {
		int month = day.getMonthValue();
		boolean first = day.getDayOfMonth() == 1;
		return switch (frequency) {
			case WEEK -> day.getDayOfWeek() == DayOfWeek.MONDAY;
			case MONTH -> first;
			case TWO_MONTHS ->
				first && (month == 1 || month == 3 || month == 5 || month == 7 || month == 9 || month == 11);
			case QUARTER -> first && (month == 1 || month == 4 || month == 7 || month == 10);
			case HALF_YEAR -> first && (month == 1 || month == 7);
			case YEAR -> first && month == 1;
		};
	}

	/** The first day of the period holding {@code day}: walk back to a period start. */
	static LocalDate startOf(Frequency frequency, LocalDate day) {
		var d = day;
		while (!startsPeriod(frequency, d)) {
			d = d.minusDays(1);
		}
		return d;
	}

	/**
	 * The last day of the period holding {@code day}: walk on until the next day starts
	 * one.
	 */
	static LocalDate endOf(Frequency frequency, LocalDate day) {
		var d = day;
		while (!startsPeriod(frequency, d.plusDays(1))) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** A month ends on {@code day}: the next day is a 1st. */
	static boolean endsMonth(LocalDate day) {
		return day.plusDays(1).getDayOfMonth() == 1;
	}

}
