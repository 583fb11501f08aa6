package com.tasktable.dashboards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Evaluation;
import com.tasktable.compliance.Status;

/**
 * One obligation of a unit in the period that holds today, as the engine judges it.
 *
 * @param obligation the obligation
 * @param evaluation the engine's evaluation of the current period
 * @param today today in the campaign's zone
 */
public record DueNow(ObligationView obligation, Evaluation evaluation, LocalDate today) {

	/** Days until the period is due (0 on its last day), negative once it is over. */
	public long daysLeft() {
		return ChronoUnit.DAYS.between(this.today, this.evaluation.due());
	}

	/** Approved records against what is required, 0–100, for the progress bar. */
	public int progressPercent() {
		int required = this.evaluation.required();
		if (required <= 0) {
			return this.evaluation.status().isDone() ? 100 : 0;
		}
		return Math.min(100, this.evaluation.approved() * 100 / required);
	}

	/** The progress bar's width class, in steps of ten: {@code w-60} for 67%. */
	public String progressClass() {
		return "w-" + progressPercent() / 10 * 10;
	}

	/**
	 * Whether the unit logs records for it now: a kind the unit reports on
	 * ({@link com.tasktable.compliance.ObligationKind#isLoggedByUnits()}) in a period
	 * that applies to it.
	 */
	public boolean loggable() {
		return this.evaluation.kind().isLoggedByUnits() && this.evaluation.status() != Status.NOT_APPLICABLE;
	}

	/**
	 * The message that reads the approved and pending figures in their unit: records,
	 * days, categories, directives or ratings.
	 */
	public String countsMessage() {
		return "unit.counts." + this.evaluation.unit().name();
	}

	/** Over, not done, and inside its grace days: "late entries until" this day. */
	public LocalDate lateEntriesUntil() {
		return this.evaluation.lateEntriesUntil();
	}

	/**
	 * Needs attention: behind its pace, missed, or done late (never a period awaiting
	 * review: the unit has done its part).
	 */
	public boolean needsAttention() {
		var status = this.evaluation.status();
		return status == Status.BEHIND || status == Status.MISSED || status == Status.MET_LATE;
	}

	public String cssClass() {
		return CellView.statusClass(this.evaluation.status());
	}

}
