package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of docs/compliance-rules.md for counted kinds, written a second time the
 * slow, obvious way: walk the calendar day by day, cut periods where
 * {@link NaiveCalendar} says one starts, keep only their days inside the campaign, and
 * count records day by day, with the grace days and the pending records logged in time.
 * The property tests hold the engine to it.
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
	 * @param lateEntriesUntil the last grace day while today is in the grace days and the
	 * period is neither done nor decided, else null
	 */
	record Expected(Slot slot, Status status, int approved, int pending, int required, boolean over,
			LocalDate lateEntriesUntil) {
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
			var next = end.plusDays(1);
			// only the days inside the campaign: walk in from both ends
			while (scenario.campaignFirst() != null && !start.isAfter(end)
					&& start.isBefore(scenario.campaignFirst())) {
				start = start.plusDays(1);
			}
			while (scenario.campaignLast() != null && !end.isBefore(start) && end.isAfter(scenario.campaignLast())) {
				end = end.minusDays(1);
			}
			if (!end.isBefore(start)) {
				boolean holdsAnchor = !anchor.isBefore(start) && !anchor.isAfter(end);
				boolean whole = day.isBefore(anchor) ? !holdsAnchor || start.equals(anchor) : !start.isBefore(day);
				slots.add(new Slot(start, end, version, whole));
			}
			day = next;
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
		int pendingInTime = 0;
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
					if (!record.loggedOn().isAfter(lastInTime)) {
						pendingInTime++;
					}
				}
			}
		}
		int required = slot.version().min();
		boolean over = scenario.today().isAfter(slot.end());
		boolean graceOver = scenario.today().isAfter(lastInTime);
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
		else if (approvedInTime + pendingInTime >= required) {
			status = Status.AWAITING_REVIEW;
		}
		else if (graceOver) {
			status = Status.MISSED;
		}
		else if (over) {
			status = Status.DUE;
		}
		else {
			status = (approved + pending < expectedByNow(scenario, slot)) ? Status.BEHIND : Status.DUE;
		}
		boolean waiting = status == Status.DUE || status == Status.AWAITING_REVIEW;
		return new Expected(slot, status, approved, pending, required, over,
				(over && !graceOver && waiting) ? lastInTime : null);
	}

	/**
	 * A yearly target's pace: the target times the months of the period ended before
	 * today, over the months of the period (12, unless the campaign cuts the year).
	 */
	private static int expectedByNow(Scenario scenario, Slot slot) {
		if (slot.version().kind() != ObligationKind.COUNT_PER_YEAR) {
			return 0;
		}
		int months = 0;
		int monthsEnded = 0;
		for (var day = slot.start(); !day.isAfter(slot.end()); day = day.plusDays(1)) {
			boolean endsOne = NaiveCalendar.endsMonth(day) || day.equals(slot.end());
			if (endsOne) {
				months++;
			}
			if (endsOne && day.isBefore(scenario.today())) {
				monthsEnded++;
			}
		}
		return slot.version().min() * monthsEnded / months;
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

	/**
	 * The period holding {@code day}; the one that starts last when two do; null when
	 * none does (a day outside the campaign).
	 */
	static Expected holding(Scenario scenario, LocalDate day) {
		Slot found = null;
		for (var slot : slots(scenario)) {
			if (!day.isBefore(slot.start()) && !day.isAfter(slot.end())
					&& (found == null || !slot.start().isBefore(found.start()))) {
				found = slot;
			}
		}
		return (found != null) ? expect(scenario, found) : null;
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
