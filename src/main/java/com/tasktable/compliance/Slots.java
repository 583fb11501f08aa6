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
 *
 * <p>
 * Periods are cut at the campaign's first and last day ({@link ObligationRules#cut}): the
 * week that straddles the campaign's end is judged on its days inside it.
 *
 * <p>
 * The walk is done per version ({@link #segments}), so finding the periods of a range
 * does not step through every week since the campaign began.
 */
final class Slots {

	private Slots() {
	}

	/**
	 * The days one version cuts: from {@code first} (where the walk reaches it) to
	 * {@code last} (the end of its period holding the day before the next version), or
	 * open-ended for the last one.
	 */
	record Segment(RuleVersion version, LocalDate first, LocalDate last) {
	}

	/** The periods that share at least one day with {@code from..to}, in order. */
	static List<Slot> overlapping(ObligationRules rules, LocalDate from, LocalDate to) {
		List<Slot> slots = new ArrayList<>();
		if (from.isBefore(rules.effectiveFrom())) {
			addBeforeStart(rules, from, to, slots);
		}
		for (var segment : segments(rules)) {
			if (segment.last() != null && segment.last().isBefore(from)) {
				continue;
			}
			var cycle = segment.version().cycle();
			// the first period may begin before the segment (phasing in), even before the
			// range, when a version with a longer cycle takes over later
			var first = cycle.periodContaining(segment.first());
			add(slots, rules, first, segment.version(), segment.first(), from, to);
			var next = first.end().plusDays(1);
			var period = cycle.periodContaining(next.isBefore(from) ? from : next);
			while (!period.start().isAfter(to) && (segment.last() == null || !period.start().isAfter(segment.last()))) {
				add(slots, rules, period, segment.version(), null, from, to);
				period = period.next();
			}
		}
		slots.sort((a, b) -> a.period().end().compareTo(b.period().end()));
		return slots;
	}

	/**
	 * Each version's stretch of the walk. A version whose start falls inside the period
	 * of the one before takes over the day after that period; one overtaken by the next
	 * before the walk reaches it cuts nothing.
	 */
	static List<Segment> segments(ObligationRules rules) {
		List<Segment> segments = new ArrayList<>();
		var day = rules.effectiveFrom();
		for (var version : rules.versions().subList(1, rules.versions().size())) {
			var change = version.validFrom();
			if (!change.isAfter(day)) {
				continue;
			}
			var current = rules.versionOn(day);
			var last = current.cycle().periodContaining(change.minusDays(1)).end();
			segments.add(new Segment(current, day, last));
			day = last.plusDays(1);
		}
		segments.add(new Segment(rules.versionOn(day), day, null));
		return segments;
	}

	/**
	 * Periods wholly before the obligation starts, cut by the cycle of its first version:
	 * asked for, they are shown as not started. The one holding the effective date is the
	 * first segment's.
	 */
	private static void addBeforeStart(ObligationRules rules, LocalDate from, LocalDate to, List<Slot> slots) {
		var anchor = rules.effectiveFrom();
		var version = rules.versionOn(anchor);
		var period = version.cycle().periodContaining(from);
		while (!period.contains(anchor) && !period.start().isAfter(to)) {
			add(slots, rules, period, version, null, from, to);
			period = period.next();
		}
	}

	/**
	 * Adds the part of {@code period} inside the campaign ({@link ObligationRules#cut})
	 * if it shares a day with {@code from..to}. It is whole unless {@code wholeFrom} is
	 * given and the period (as cut) starts before it: a period cut at the campaign's
	 * first day is whole when the obligation starts with the campaign (or before it).
	 */
	private static void add(List<Slot> slots, ObligationRules rules, Period period, RuleVersion version,
			LocalDate wholeFrom, LocalDate from, LocalDate to) {
		var cut = rules.cut(period);
		if (cut != null && !cut.start().isAfter(to) && !cut.end().isBefore(from)) {
			slots.add(new Slot(cut, version, wholeFrom == null || !cut.start().isBefore(wholeFrom)));
		}
	}

}
