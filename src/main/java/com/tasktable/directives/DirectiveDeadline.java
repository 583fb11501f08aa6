package com.tasktable.directives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The deadline rule, in plain Java so that its edges can be tested to the second. A
 * deadline is a date read in the campaign's time zone: people are told "by 30 June", not
 * "by 30 June 23:59:59 UTC", and a unit in Guangxi that answers at 23:30 local time on
 * that day is on time. So the first late instant is midnight at the start of the next day
 * in that zone.
 */
final class DirectiveDeadline {

	private final LocalDate deadline;

	private final ZoneId zone;

	DirectiveDeadline(LocalDate deadline, ZoneId zone) {
		this.deadline = deadline;
		this.zone = zone;
	}

	/** The first instant that is late: the start of the day after the deadline. */
	Instant lateFrom() {
		return this.deadline.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	/**
	 * The status of an assignment done at {@code doneAt} (null while not done), as of the
	 * clock's instant.
	 */
	DirectiveStatus status(Instant doneAt, Clock clock) {
		if (doneAt != null) {
			return doneAt.isBefore(lateFrom()) ? DirectiveStatus.DONE_ON_TIME : DirectiveStatus.DONE_LATE;
		}
		return Instant.now(clock).isBefore(lateFrom()) ? DirectiveStatus.OPEN : DirectiveStatus.OVERDUE;
	}

	/**
	 * A new directive may be due today at the earliest (in the campaign's zone): a
	 * deadline already past would make it overdue the moment it is issued.
	 */
	boolean isNotPast(Clock clock) {
		return !this.deadline.isBefore(LocalDate.now(clock.withZone(this.zone)));
	}

}
