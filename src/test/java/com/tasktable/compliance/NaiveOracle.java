package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of docs/compliance-rules.md for counted kinds, written a second time the
 * slow, obvious way: walk the calendar day by day, cut periods where
 * {@link NaiveCalendar} says one starts, and count records day by day. The property tests
 * hold the engine to it.
 */
final class NaiveOracle {

	/** Well before anything a scenario holds. */
	static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2023, 12, 31);

	private NaiveOracle() {
	}

	/**
	 * One period as the oracle cuts it.
	 *
	 * @param start first day
	 * @param end last day
	 * @param version the version that judges it
	 * @param whole the version was in force from its first day
	 */
	record Slot(LocalDate start, LocalDate end, Scenario.Version version, boolean whole) {
	}

	/**
	 * What the oracle expects for one period.
	 *
	 * @param slot the period
	 * @param status the status
	 * @param approved approved records in it
	 * @param pending pending records in it
	 * @param required its minimum or target
	 * @param over today is after its last day
	 */
	record Expected(Slot slot, Status status, int approved, int pending, int required, boolean over) {
	}

	/**
	 * Every period from {@link #FIRST_DAY}: before the obligation starts, the first
	 * version's periods; from its first day on, at each day after a period ended, the
	 * period of the version in force that day (partial when it began earlier).
	 */
	static List<Slot> slots(Scenario scenario) {
		List<Slot> slots = new ArrayList<>();
		var anchor = scenario.effectiveFrom();
		var first = inForce(scenario, anchor);
		var day = FIRST_DAY;
		while (!day.isAfter(LAST_DAY)) {
			var version = day.isBefore(anchor) ? first : inForce(scenario, day);
			var start = NaiveCalendar.startOf(version.frequency(), day);
			var end = NaiveCalendar.endOf(version.frequency(), day);
			boolean holdsAnchor = !anchor.isBefore(start) && !anchor.isAfter(end);
			boolean whole = day.isBefore(anchor) ? !holdsAnchor || start.equals(anchor) : start.equals(day);
			slots.add(new Slot(start, end, version, whole));
			day = end.plusDays(1);
		}
		return slots;
	}

	private static Scenario.Version inForce(Scenario scenario, LocalDate day) {
		var versions = scenario.versionsInOrder();
		var found = versions.get(0);
		for (var version : versions) {
			if (!version.from().isAfter(day)) {
				found = version;
			}
		}
		return found;
	}

	static Expected expect(Scenario scenario, Slot slot) {
		int approved = 0;
		int approvedInTime = 0;
		int pending = 0;
		var lastInTime = slot.end().plusDays(scenario.lateAfterDays());
		for (var day = slot.start(); !day.isAfter(slot.end()); day = day.plusDays(1)) {
			for (var record : scenario.records()) {
				if (record.activityDate().equals(day) && record.state() == ReviewState.APPROVED) {
					approved++;
					if (!record.loggedOn().isAfter(lastInTime)) {
						approvedInTime++;
					}
				}
				if (record.activityDate().equals(day) && record.state() == ReviewState.PENDING) {
					pending++;
				}
			}
		}
		int required = slot.version().min();
		boolean over = scenario.today().isAfter(slot.end());
		Status status;
		if (!applies(scenario, slot)) {
			status = Status.NOT_APPLICABLE;
		}
		else if (scenario.exemptDays().stream().anyMatch(d -> !d.isBefore(slot.start()) && !d.isAfter(slot.end()))) {
			status = Status.EXEMPT;
		}
		else if (approvedInTime >= required) {
			status = Status.MET;
		}
		else if (approved >= required) {
			status = Status.MET_LATE;
		}
		else if (over) {
			status = Status.MISSED;
		}
		else {
			status = (approved < expectedByNow(scenario, slot)) ? Status.BEHIND : Status.DUE;
		}
		return new Expected(slot, status, approved, pending, required, over);
	}

	/**
	 * A yearly target's pace: the target times the months ended before today, over 12.
	 */
	private static int expectedByNow(Scenario scenario, Slot slot) {
		if (slot.version().kind() != ObligationKind.COUNT_PER_YEAR) {
			return 0;
		}
		int monthsEnded = 0;
		for (var day = slot.start(); !day.isAfter(slot.end())
				&& day.isBefore(scenario.today()); day = day.plusDays(1)) {
			if (NaiveCalendar.endsMonth(day)) {
				monthsEnded++;
			}
		}
		return slot.version().min() * monthsEnded / 12;
	}

	private static boolean applies(Scenario scenario, Slot slot) {
		if (scenario.activeFrom() != null && slot.start().isBefore(scenario.activeFrom())) {
			return false;
		}
		if (scenario.activeTo() != null && slot.end().isAfter(scenario.activeTo())) {
			return false;
		}
		if (scenario.effectiveTo() != null && !slot.end().isBefore(scenario.effectiveTo())) {
			return false;
		}
		var start = scenario.effectiveFrom();
		if (scenario.phaseDate() != null && scenario.phaseDate().isAfter(start)) {
			start = scenario.phaseDate();
		}
		return slot.whole() && !slot.start().isBefore(start);
	}

	/** The period holding {@code day}; the one that starts last when two do. */
	static Expected holding(Scenario scenario, LocalDate day) {
		Slot found = null;
		for (var slot : slots(scenario)) {
			if (!day.isBefore(slot.start()) && !day.isAfter(slot.end())
					&& (found == null || !slot.start().isBefore(found.start()))) {
				found = slot;
			}
		}
		return expect(scenario, found);
	}

	/**
	 * The periods that share days with the quarter holding {@code day} but end after it.
	 */
	static List<Expected> runningThrough(Scenario scenario, LocalDate day) {
		var first = NaiveCalendar.startOf(Frequency.QUARTER, day);
		var last = NaiveCalendar.endOf(Frequency.QUARTER, day);
		List<Expected> expected = new ArrayList<>();
		for (var slot : slots(scenario)) {
			if (!slot.start().isAfter(last) && slot.end().isAfter(last)) {
				expected.add(expect(scenario, slot));
			}
		}
		return expected;
	}

	/** The periods whose last day falls in the quarter holding {@code day}, in order. */
	static List<Expected> quarterOf(Scenario scenario, LocalDate day) {
		var first = NaiveCalendar.startOf(Frequency.QUARTER, day);
		var last = NaiveCalendar.endOf(Frequency.QUARTER, day);
		List<Expected> expected = new ArrayList<>();
		for (var slot : slots(scenario)) {
			if (!slot.end().isBefore(first) && !slot.end().isAfter(last)) {
				expected.add(expect(scenario, slot));
			}
		}
		return expected;
	}

}
