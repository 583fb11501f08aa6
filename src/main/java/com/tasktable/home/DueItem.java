package com.tasktable.home;

import java.time.LocalDate;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.records.RecordCounts;

/**
 * One obligation of a unit in its current period.
 *
 * @param obligation the obligation, in the version in force today
 * @param from first day of the current period (for a milestone: of the obligation)
 * @param to last day of the current period (for a milestone: of the campaign)
 * @param counts approved and pending records dated inside the period
 * @param required records the period asks for, null where the kind does not count records
 * @param startsOn the day it starts for this unit, if that is after the period's start
 * (phasing in)
 */
record DueItem(ObligationView obligation, LocalDate from, LocalDate to, RecordCounts counts, Integer required,
		LocalDate startsOn) {

	public boolean phasingIn() {
		return this.startsOn != null;
	}

	/** Approved records reach what the period asks for. */
	public boolean reached() {
		return this.required != null && this.counts.approved() >= this.required;
	}

}
