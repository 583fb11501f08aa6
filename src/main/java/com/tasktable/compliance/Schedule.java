package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which occasions of an obligation fall in a range of days, before any record is read.
 */
final class Schedule {

	private Schedule() {
	}

	/**
	 * Occasions whose due day is in {@code from..to}: those that belong to the range. The
	 * walk starts a year early (plus any window that runs past its year), since a yearly
	 * occasion can be due in any quarter of its year and a dated event's window can end
	 * in the next one.
	 */
	static List<Occasion> dueBetween(ObligationRules rules, LocalDate from, LocalDate to) {
		List<Occasion> due = new ArrayList<>();
		var walkFrom = from.minusYears(1).minusDays(rules.daysBeyondYear());
		for (var slot : Slots.overlapping(rules, walkFrom, to)) {
			var occasion = Occasion.of(rules, slot);
			if (occasion != null && !occasion.due().isBefore(from) && !occasion.due().isAfter(to)) {
				due.add(occasion);
			}
		}
		return due;
	}

	/**
	 * Occasions whose period shares days with {@code from..to} but that are due after it:
	 * a yearly obligation seen from its first quarter.
	 */
	static List<Occasion> dueAfter(ObligationRules rules, LocalDate from, LocalDate to) {
		List<Occasion> later = new ArrayList<>();
		for (var slot : Slots.overlapping(rules, from, to)) {
			var occasion = Occasion.of(rules, slot);
			if (occasion != null && occasion.due().isAfter(to)) {
				later.add(occasion);
			}
		}
		return later;
	}

	/**
	 * The occasion whose period holds {@code day}; the latest-starting one if several do.
	 */
	static Occasion on(ObligationRules rules, LocalDate day) {
		Occasion found = null;
		for (var slot : Slots.overlapping(rules, day, day)) {
			var occasion = Occasion.of(rules, slot);
			if (occasion != null && (found == null || !slot.period().start().isBefore(found.slot().period().start()))) {
				found = occasion;
			}
		}
		return found;
	}

}
