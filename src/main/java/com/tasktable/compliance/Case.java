package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * One occasion with the unit's records and the day it is judged on: the helpers every
 * kind's rule shares.
 *
 * @param occasion the period, its version, window and due day
 * @param facts the unit's facts
 * @param today today in the campaign's zone
 * @param settings grace days and thresholds
 */
record Case(Occasion occasion, Facts facts, LocalDate today, ComplianceSettings settings) {

	RuleVersion version() {
		return this.occasion.slot().version();
	}

	Period period() {
		return this.occasion.slot().period();
	}

	LocalDate due() {
		return this.occasion.due();
	}

	/** The due day has passed. */
	boolean over() {
		return this.today.isAfter(this.occasion.due());
	}

	/**
	 * The grace days after the due day have passed too: records dated in the period and
	 * logged from now on are late, so a period not done is MISSED.
	 */
	boolean graceOver() {
		return this.today.isAfter(graceUntil());
	}

	/** The last day a record of the period can be logged on time. */
	LocalDate graceUntil() {
		return due().plusDays(this.settings.lateAfterDays());
	}

	/** Approved records dated inside the window. */
	List<RecordFact> approved() {
		return inWindow(RecordFact::approved);
	}

	/** Pending records dated inside the window. */
	List<RecordFact> pending() {
		return inWindow(RecordFact::pending);
	}

	/**
	 * Pending records that would count on time once approved: dated by the due day and
	 * logged in time.
	 */
	List<RecordFact> pendingInTime() {
		return pending().stream().filter(this::inTime).toList();
	}

	/**
	 * A record that counts on time (once approved): dated by the due day and logged in
	 * time.
	 */
	boolean inTime(RecordFact record) {
		return !record.activityDate().isAfter(due()) && !record.loggedLate(due(), this.settings.lateAfterDays());
	}

	private List<RecordFact> inWindow(Predicate<RecordFact> state) {
		var window = this.occasion.window();
		return this.facts.records().stream().filter(state).filter(r -> window.contains(r.activityDate())).toList();
	}

}
