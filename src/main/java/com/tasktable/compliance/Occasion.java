package com.tasktable.compliance;

import java.time.LocalDate;

/**
 * What a period asks and by when, before looking at any record: the activity dates that
 * count and the due day. Most kinds count the period's own days and are due on its last
 * day; milestones and dated events have a deadline or window inside their year.
 *
 * @param slot the period and its version
 * @param window activity dates that count
 * @param due last day that is on time
 */
record Occasion(Slot slot, DateRange window, LocalDate due) {

	/**
	 * What the period asks; null when it asks nothing (a one-time milestone's other
	 * years, a dated event whose window lies outside the campaign).
	 */
	static Occasion of(ObligationRules rules, Slot slot) {
		var version = slot.version();
		var period = slot.period();
		return switch (version.kind()) {
			case MILESTONE -> milestone(slot, version, period);
			case DATED_EVENT -> {
				var day = eventDay(rules, version, period.start().getYear());
				var window = inCampaign(rules, new DateRange(day.minusDays(version.windowDaysBefore()),
						day.plusDays(version.windowDaysAfter())));
				yield (window != null) ? new Occasion(slot, window, window.to()) : null;
			}
			case METRIC_TARGET -> new Occasion(slot, DateRange.of(period), deadlineWithin(version, period));
			default -> new Occasion(slot, DateRange.of(period), period.end());
		};
	}

	/**
	 * A window's days inside the campaign, as periods are cut; null when it has none (an
	 * event before the campaign's first day asks nothing).
	 */
	private static DateRange inCampaign(ObligationRules rules, DateRange window) {
		var campaign = rules.campaign();
		if (campaign == null) {
			return window;
		}
		if (window.to().isBefore(campaign.from()) || window.from().isAfter(campaign.to())) {
			return null;
		}
		return new DateRange(window.from().isBefore(campaign.from()) ? campaign.from() : window.from(),
				window.to().isAfter(campaign.to()) ? campaign.to() : window.to());
	}

	/**
	 * The dated event's day in a year: the stored date for that year (a movable day such
	 * as National Low Carbon Day), else the version's month and day (29 February falls
	 * back to the 28th in other years).
	 */
	static LocalDate eventDay(ObligationRules rules, RuleVersion version, int year) {
		var stored = rules.eventDates().get(year);
		if (stored != null) {
			return stored;
		}
		return (version.eventDay() != null) ? version.eventDay().atYear(year) : LocalDate.of(year, 12, 31);
	}

	private static Occasion milestone(Slot slot, RuleVersion version, Period period) {
		if (version.deadline() != null) {
			// a one-time milestone is asked in the year of its deadline, and a record of
			// any
			// date counts for it: done before, on time; done after, late
			return period.contains(version.deadline())
					? new Occasion(slot, new DateRange(null, null), version.deadline()) : null;
		}
		return new Occasion(slot, DateRange.of(period), deadlineWithin(version, period));
	}

	/** A yearly deadline inside the period, else the period's last day. */
	private static LocalDate deadlineWithin(RuleVersion version, Period period) {
		if (version.yearlyDeadline() != null) {
			var day = version.yearlyDeadline().atYear(period.start().getYear());
			if (period.contains(day)) {
				return day;
			}
		}
		return period.end();
	}

}
