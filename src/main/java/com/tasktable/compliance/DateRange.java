package com.tasktable.compliance;

import java.time.LocalDate;

/**
 * Days from {@code from} to {@code to}, both included; a null end is open (a one-time
 * milestone counts a record of any date).
 *
 * @param from first day, null for no limit
 * @param to last day, null for no limit
 */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("A range cannot end before it starts: " + from + " > " + to);
		}
	}

	public static DateRange of(Period period) {
		return new DateRange(period.start(), period.end());
	}

	public boolean contains(LocalDate day) {
		return (this.from == null || !day.isBefore(this.from)) && (this.to == null || !day.isAfter(this.to));
	}

	/** The smallest range holding both. */
	public DateRange span(DateRange other) {
		var first = (this.from == null || other.from == null) ? null
				: (this.from.isBefore(other.from) ? this.from : other.from);
		var last = (this.to == null || other.to == null) ? null : (this.to.isAfter(other.to) ? this.to : other.to);
		return new DateRange(first, last);
	}

}
