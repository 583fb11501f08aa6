package com.tasktable.compliance;

import java.time.LocalDate;

/**
 * Calendar quarters by number, 1 to 4: the one place that turns a month into its quarter
 * and a quarter back into its months, for the screens, the API, the workbooks and period
 * keys alike.
 */
public final class Quarters {

	private Quarters() {
	}

	/** The quarter (1–4) a day falls in. */
	public static int of(LocalDate date) {
		return (date.getMonthValue() + 2) / 3;
	}

	/** The quarter (1–4) a period starts in. */
	public static int of(Period period) {
		return of(period.start());
	}

	/**
	 * The quarter of a year by its number.
	 * @param quarter 1 to 4
	 */
	public static Period period(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("No quarter " + quarter);
		}
		return Frequency.QUARTER.periodContaining(LocalDate.of(year, quarter * 3 - 2, 1));
	}

}
