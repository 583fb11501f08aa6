package com.tasktable.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;

/**
 * A month of a daily obligation for one unit.
 *
 * @param obligation the obligation
 * @param campaign its campaign
 * @param month the month shown
 * @param days every day of the month
 */
public record DailyGrid(ObligationView obligation, CampaignView campaign, YearMonth month, List<Day> days) {

	/** Days with an update that count (pending or approved). */
	/** The month before this one, for the grid's back link. */
	public YearMonth previousMonth() {
		return this.month.minusMonths(1);
	}

	/** The month after this one, for the grid's next link. */
	public YearMonth nextMonth() {
		return this.month.plusMonths(1);
	}

	public long covered() {
		return this.days.stream().filter(d -> d.state() != null).count();
	}

	/**
	 * One day.
	 *
	 * @param date the day
	 * @param state the unit's record for it, null if none
	 * @param changeable can be ticked or unticked now (not in the future, not closed, not
	 * approved)
	 */
	public record Day(LocalDate date, RecordState state, boolean changeable) {

		public boolean ticked() {
			return this.state != null;
		}

	}

}
