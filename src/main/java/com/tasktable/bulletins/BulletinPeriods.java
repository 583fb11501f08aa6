package com.tasktable.bulletins;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;

/**
 * Which periods a month's or a year's bulletin scores, and which of them can still get
 * on-time records. Plain rules, no clock: today comes in.
 */
final class BulletinPeriods {

	private BulletinPeriods() {
	}

	/**
	 * The periods of one cycle that end inside the span: a bulletin scores a period in
	 * the month (year) it ends, the same rule as the engine's {@code belongingTo}.
	 */
	static List<Period> endingWithin(Frequency cycle, Period span) {
		List<Period> periods = new ArrayList<>();
		var period = cycle.periodContaining(span.start());
		while (!period.start().isAfter(span.end())) {
			if (!period.end().isBefore(span.start()) && !period.end().isAfter(span.end())) {
				periods.add(period);
			}
			period = cycle.periodContaining(period.end().plusDays(1));
		}
		return periods;
	}

	/**
	 * The last day a record of the period is still on time: {@code lateAfterDays} after
	 * the period's last day.
	 */
	static LocalDate graceUntil(Period period, int lateAfterDays) {
		return period.end().plusDays(lateAfterDays);
	}

	/** Whether records of the period logged today would still be on time. */
	static boolean inGrace(Period period, int lateAfterDays, LocalDate today) {
		return !today.isAfter(graceUntil(period, lateAfterDays));
	}

}
