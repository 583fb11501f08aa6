package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an obligation's time into its periods. From its effective date on, each period is
 * the calendar period of the version in force on the day after the previous one ended. So
 * a period is always judged by the version in force on its first day, a new version takes
 * over at the first period that starts after it (the partial period before that is
 * "phasing in"), and nothing decided after a day changes how the periods before it were
 * cut: a 2019 change never touches 2018.
 */
final class Slots {

	private Slots() {
	}

	/** The periods that share at least one day with {@code from..to}, in order. */
	static List<Slot> overlapping(ObligationRules rules, LocalDate from, LocalDate to) {
		List<Slot> slots = new ArrayList<>();
		var anchor = rules.effectiveFrom();
		if (from.isBefore(anchor)) {
			addBeforeStart(rules, from, to, slots);
		}
		var day = anchor;
		while (!day.isAfter(to)) {
			var version = rules.versionOn(day);
			var cycle = version.cycle();
			var period = cycle.periodContaining(day);
			if (period.end().isBefore(from)) {
				day = skipTowards(rules, day, period, cycle.periodContaining(from));
				continue;
			}
			slots.add(new Slot(period, version, !period.start().isBefore(day)));
			day = period.end().plusDays(1);
		}
		return slots;
	}

	/**
	 * Periods wholly before the obligation starts, cut by the cycle of its first version:
	 * asked for, they are shown as not started. The one holding the effective date is the
	 * main walk's.
	 */
	private static void addBeforeStart(ObligationRules rules, LocalDate from, LocalDate to, List<Slot> slots) {
		var anchor = rules.effectiveFrom();
		var version = rules.versionOn(anchor);
		var period = version.cycle().periodContaining(from);
		while (!period.contains(anchor) && !period.start().isAfter(to)) {
			slots.add(new Slot(period, version, true));
			period = period.next();
		}
	}

	/**
	 * The next day to look at when the period at {@code day} ends before the range: the
	 * start of {@code target} (the range's first period in the same cycle) when no other
	 * version takes over before it, since the periods in between follow each other;
	 * otherwise the next period's first day.
	 */
	private static LocalDate skipTowards(ObligationRules rules, LocalDate day, Period period, Period target) {
		var change = rules.nextChangeAfter(day);
		if (change == null || change.isAfter(target.start())) {
			return target.start();
		}
		return period.end().plusDays(1);
	}

}
