package com.tasktable.compliance;

import java.time.LocalDate;
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
		var status = Judgement.verdict(inTime >= min, approved.size() >= min, c.over(), false);
		return new Judgement(status, approved.size(), c.pending().size(), min, new Progress.Count(min, version.max()));
	}

	/**
	 * COUNT_PER_YEAR: the yearly total against the target. During the year the pace asks
	 * for the target times the months already completed over the months of the period,
	 * rounded down, so nothing is asked before the first month ends and 6 a year asks for
	 * 3 once June is over.
	 */
	static Judgement perYear(Case c) {
		var version = c.version();
		int target = (version.yearlyTarget() != null) ? version.yearlyTarget() : 1;
		var approved = c.approved();
		long inTime = approved.stream().filter(c::inTime).count();
		int expected = c.over() ? target : expectedToDate(target, c.period(), c.today());
		boolean behind = approved.size() < expected;
		var status = Judgement.verdict(inTime >= target, approved.size() >= target, c.over(), behind);
		return new Judgement(status, approved.size(), c.pending().size(), target,
				new Progress.Pace(approved.size(), expected, target, approved.size() - (int) inTime));
	}

	static int expectedToDate(int target, Period period, LocalDate today) {
		int months = 0;
		int completed = 0;
		for (var month = period.start(); !month.isAfter(period.end()); month = month.plusMonths(1)) {
			months++;
			if (month.plusMonths(1).minusDays(1).isBefore(today)) {
				completed++;
			}
		}
		return (int) ((long) target * completed / months);
	}

	/**
	 * DAILY_ACTIVITY: days with an approved update, against a share of the period's days
	 * rounded up to whole days ({@link ComplianceSettings#dailyCoveragePercent}).
	 */
	static Judgement daily(Case c) {
		var approved = c.approved();
		Set<LocalDate> days = approved.stream().map(RecordFact::activityDate).collect(Collectors.toSet());
		long daysInTime = approved.stream().filter(c::inTime).map(RecordFact::activityDate).distinct().count();
		var pending = c.pending();
		long pendingOnly = pending.stream()
			.map(RecordFact::activityDate)
			.filter(day -> !days.contains(day))
			.distinct()
			.count();
		int inPeriod = (int) c.period().lengthInDays();
		int required = (inPeriod * c.settings().dailyCoveragePercent() + 99) / 100;
		var status = Judgement.verdict(daysInTime >= required, days.size() >= required, c.over(), false);
		return new Judgement(status, approved.size(), pending.size(), required,
				new Progress.Days(days.size(), (int) pendingOnly, inPeriod, required));
	}

}
