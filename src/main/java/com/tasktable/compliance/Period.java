package com.tasktable.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A calendar period, both ends inclusive.
 *
 * @param frequency the kind of period
 * @param start first day
 * @param end last day
 */
public record Period(Frequency frequency, LocalDate start, LocalDate end) {

	public Period {
		Objects.requireNonNull(frequency, "frequency");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A period cannot end before it starts: " + start + " > " + end);
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.start) && !date.isAfter(this.end);
	}

	public long lengthInDays() {
		return ChronoUnit.DAYS.between(this.start, this.end) + 1;
	}

	/** The quarter a period belongs to: the one that contains its last day. */
	public Period quarter() {
		return Frequency.QUARTER.periodContaining(this.end);
	}

	public Period next() {
		return this.frequency.periodContaining(this.end.plusDays(1));
	}

	public String key() {
		return this.frequency.key(this);
	}

}
