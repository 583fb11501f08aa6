package com.tasktable.records.web;

import java.time.LocalDate;

import com.tasktable.compliance.Period;
import com.tasktable.records.LoggingTarget;

/**
 * What the log form says about the chosen date before the record is saved: the period it
 * will count for, or that the date is outside the campaign.
 *
 * @param day the date chosen, null when none is
 * @param period the period it counts for, null when the date is missing or outside the
 * campaign
 */
record PeriodPreview(LocalDate day, Period period) {

	static PeriodPreview of(LoggingTarget target, LocalDate day) {
		return new PeriodPreview(day, target.periodFor(day));
	}

	/** The date falls in the campaign: the form names its period. */
	public boolean counts() {
		return this.period != null;
	}

	/** A date was chosen but the campaign does not run on it. */
	public boolean outside() {
		return this.day != null && this.period == null;
	}

}
