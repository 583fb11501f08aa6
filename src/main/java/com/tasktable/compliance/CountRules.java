package com.tasktable.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds that count records: per period, per year with a pace, and per day. */
final class CountRules {

	private CountRules() {
	}

	/**
	 * COUNT_PER_PERIOD and RANGE_PER_PERIOD: at least the minimum of approved records
	 * dated in the period; the maximum is advisory and never changes the status.
	 */
	static Judgement perPeriod(Case c) {
		var version = c.version();
		int min = (version.min() != null) ? version.min() : 1;
		var approved = c.approved();
		long inTime = approved.stream().filter(c::inTime).count();
		long withPending = inTime + c.pendingInTime().size();
		var status = Judgement.verdict(c, inTime >= min, approved.size() >= min, withPending >= min, false);
		return new Judgement(status, approved.size(), c.pending().size(), min, new Progress.Count(min, version.max()));
	}

	/**
	 * COUNT_PER_YEAR: the yearly total against the target. During the year the pace asks
	 * for the target times the months already completed over the months of the period,
	 * rounded down, so nothing is asked before the first month ends and 6 a year asks for
	 * 3 once June is over. The pace counts pending records too: a unit that logged enough
	 * is not behind because its records wait for a reviewer.
	 */
	static Judgement perYear(Case c) {
		var version = c.version();
		int target = (version.yearlyTarget() != null) ? version.yearlyTarget() : 1;
		var approved = c.approved();
		var pending = c.pending();
		long inTime = approved.stream().filter(c::inTime).count();
		long withPending = inTime + c.pendingInTime().size();
		int expected = c.over() ? target : expectedToDate(target, c.period(), c.today());
		boolean behind = approved.size() + pending.size() < expected;
		var status = Judgement.verdict(c, inTime >= target, approved.size() >= target, withPending >= target, behind);
		return new Judgement(status, approved.size(), pending.size(), target,
				new Progress.Pace(approved.size(), expected, target, pending.size(), approved.size() - (int) inTime));
	}

	/**
	 * The target times the calendar months of the period that are over by {@code today}
	 * over the period's months, rounded down. A month is over the day after its last day
	 * (or the period's, when the campaign ends inside it).
	 */
	static int expectedToDate(int target, Period period, LocalDate today) {
		int months = 0;
		int completed = 0;
		var last = YearMonth.from(period.end());
		for (var month = YearMonth.from(period.start()); !month.isAfter(last); month = month.plusMonths(1)) {
			months++;
			var end = month.atEndOfMonth().isAfter(period.end()) ? period.end() : month.atEndOfMonth();
			if (end.isBefore(today)) {
				completed++;
			}
		}
		return (int) ((long) target * completed / months);
	}

	/**
	 * DAILY_ACTIVITY: days with an approved update, against a share of the period's days
	 * rounded up to whole days ({@link ComplianceSettings#dailyCoveragePercent}). Every
	 * figure is in days: records on the same day count once, and the pending figure is
	 * the days with a pending record and no approved one.
	 */
	static Judgement daily(Case c) {
		var approved = c.approved();
		Set<LocalDate> days = approved.stream().map(RecordFact::activityDate).collect(Collectors.toSet());
		Set<LocalDate> daysInTime = approved.stream()
			.filter(c::inTime)
			.map(RecordFact::activityDate)
			.collect(Collectors.toCollection(HashSet::new));
		long pendingOnly = c.pending()
			.stream()
			.map(RecordFact::activityDate)
			.filter(day -> !days.contains(day))
			.distinct()
			.count();
		Set<LocalDate> withPending = new HashSet<>(daysInTime);
		c.pendingInTime().forEach(r -> withPending.add(r.activityDate()));
		int inPeriod = (int) c.period().lengthInDays();
		int required = (inPeriod * c.settings().dailyCoveragePercent() + 99) / 100;
		var status = Judgement.verdict(c, daysInTime.size() >= required, days.size() >= required,
				withPending.size() >= required, false);
		return new Judgement(status, days.size(), (int) pendingOnly, required,
				new Progress.Days(days.size(), (int) pendingOnly, inPeriod, required));
	}

}
