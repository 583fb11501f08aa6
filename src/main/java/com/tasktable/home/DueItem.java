package com.tasktable.home;

import java.time.LocalDate;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Period;
import com.tasktable.records.RecordCounts;

/**
 * One obligation of a unit in its current period.
 *
 * @param obligation the obligation, in the version in force today
 * @param period the current period of its cycle
 * @param counts approved and pending records dated inside the period
 * @param required records the period asks for, null where the kind does not count records
 * @param startsOn the day it starts for this unit, if that is after the period's start
 * (phasing in)
 */
record DueItem(ObligationView obligation, Period period, RecordCounts counts, Integer required, LocalDate startsOn) {

	public boolean phasingIn() {
		return this.startsOn != null;
	}

	/** Approved records reach what the period asks for. */
	public boolean reached() {
		return this.required != null && this.counts.approved() >= this.required;
	}

	public int progressPercent() {
		if (this.required == null || this.required == 0) {
			return 0;
		}
		return (int) Math.min(100, this.counts.approved() * 100 / this.required);
	}

}
