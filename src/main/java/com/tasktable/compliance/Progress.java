package com.tasktable.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an evaluation shows besides its status and counts, one shape per kind of
 * obligation.
 */
public sealed interface Progress {

	/**
	 * Records per period, against a minimum and an advisory maximum.
	 *
	 * @param min least number of approved records
	 * @param max advisory most, null when none
	 */
	record Count(int min, Integer max) implements Progress {

		/** Past the advisory maximum: shown, never held against the unit. */
		public boolean aboveMax(int approved) {
			return this.max != null && approved > this.max;
		}

	}

	/**
	 * A yearly target with its pace.
	 *
	 * @param yearToDate approved records so far
	 * @param expectedToDate what the pace asks by now: the target times the months
	 * completed over 12, rounded down (the whole target once the year is over); approved
	 * and pending records together are held against it
	 * @param target records asked in the year
	 * @param pending records of the year waiting for review
	 * @param late of {@code yearToDate}, those logged late (a proportional score weighs
	 * them at the late credit)
	 */
	record Pace(int yearToDate, int expectedToDate, int target, int pending, int late) implements Progress {

		/** Nothing waiting for review, every approved record logged in time. */
		public Pace(int yearToDate, int expectedToDate, int target) {
			this(yearToDate, expectedToDate, target, 0, 0);
		}

		/** Approved records logged in time. */
		public int onTime() {
			return this.yearToDate - this.late;
		}

	}

	/**
	 * Days with an update.
	 *
	 * @param covered days with an approved record
	 * @param pendingOnly days with only pending records
	 * @param inPeriod days in the period
	 * @param required days needed for the period to be met
	 */
	record Days(int covered, int pendingOnly, int inPeriod, int required) implements Progress {
	}

	/**
	 * A milestone.
	 *
	 * @param deadline last day it is on time
	 * @param doneOn activity date of the first approved record, null while not done
	 */
	record Milestone(LocalDate deadline, LocalDate doneOn) implements Progress {
	}

	/**
	 * A dated event.
	 *
	 * @param day the event's day that year (a per-year date when one is stored)
	 * @param window the days whose activities count
	 * @param doneOn activity date of the first approved record in the window, or null
	 */
	record Event(LocalDate day, DateRange window, LocalDate doneOn) implements Progress {
	}

	/**
	 * A metric target.
	 *
	 * @param latest the latest approved reading in the period, null when none
	 * @param latestOn its date
	 * @param target the value to reach
	 * @param trend the latest reading against the one before it, null with fewer than two
	 */
	record Metric(BigDecimal latest, LocalDate latestOn, BigDecimal target, Trend trend) implements Progress {
	}

	/**
	 * Categories covered.
	 *
	 * @param covered required categories with an approved record, in the required order
	 * @param required categories to cover
	 * @param pendingOnly required categories with only pending records, in the required
	 * order
	 */
	record Categories(List<String> covered, List<String> required, List<String> pendingOnly) implements Progress {

		public Categories {
			covered = List.copyOf(covered);
			required = List.copyOf(required);
			pendingOnly = List.copyOf(pendingOnly);
		}

		/** Nothing waiting for review. */
		public Categories(List<String> covered, List<String> required) {
			this(covered, required, List.of());
		}

	}

	/**
	 * Directives due in the period.
	 *
	 * @param onTime done by their deadline
	 * @param late done after it
	 * @param overdue not done, deadline passed
	 * @param open not done, deadline not passed
	 */
	record Directives(int onTime, int late, int overdue, int open) implements Progress {
	}

	/**
	 * A reviewer's rating.
	 *
	 * @param rating 0–100, null while not rated
	 */
	record Rating(Integer rating) implements Progress {
	}

	/** How a metric moved between its last two readings. */
	enum Trend {

		UP, FLAT, DOWN

	}

}
