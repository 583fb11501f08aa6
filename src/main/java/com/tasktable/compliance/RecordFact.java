package com.tasktable.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One record of a unit for an obligation, reduced to what the rules read. Both dates are
 * days in the campaign's time zone ({@link CampaignDates#dayOf}).
 *
 * @param activityDate the day the activity happened: it decides the period
 * @param loggedOn the day the record was first logged: it decides whether it is late
 * @param state review state
 * @param value a metric reading, null for other kinds
 * @param category a coverage category code, null for other kinds
 */
public record RecordFact(LocalDate activityDate, LocalDate loggedOn, ReviewState state, BigDecimal value,
		String category) {

	public RecordFact {
		Objects.requireNonNull(activityDate, "activityDate");
		Objects.requireNonNull(loggedOn, "loggedOn");
		Objects.requireNonNull(state, "state");
	}

	/** A record of a counted kind (no value, no category). */
	public static RecordFact of(LocalDate activityDate, LocalDate loggedOn, ReviewState state) {
		return new RecordFact(activityDate, loggedOn, state, null, null);
	}

	boolean approved() {
		return this.state == ReviewState.APPROVED;
	}

	boolean pending() {
		return this.state == ReviewState.PENDING;
	}

	/**
	 * Logged more than {@code lateAfterDays} after the day it was due: the same rule as
	 * the records module's, with the period's end as the due day for calendar periods.
	 */
	boolean loggedLate(LocalDate due, int lateAfterDays) {
		return this.loggedOn.isAfter(due.plusDays(lateAfterDays));
	}

}
