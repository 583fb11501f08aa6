package com.tasktable.home;

import java.time.LocalDate;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.dashboards.DueNow;
import com.tasktable.dashboards.Matrix;
import com.tasktable.records.RecordSummary;
import com.tasktable.units.UnitView;

/**
 * A unit's current state in the running campaign: the city dashboard.
 *
 * @param unit the unit
 * @param campaign the running campaign, null when none runs today
 * @param today today in the campaign's time zone
 * @param due its obligations in the periods holding today, judged by the engine
 * @param recent its latest records
 * @param children units directly below it, inside the reader's scope
 * @param below the matrix of the units below it for the current quarter, null when it has
 * none
 */
record UnitOverview(UnitView unit, CampaignView campaign, LocalDate today, List<DueNow> due, List<RecordSummary> recent,
		List<UnitView> children, Matrix below) {

	/** What is behind, missed or late, to show first. */
	public List<DueNow> attention() {
		return this.due.stream().filter(DueNow::needsAttention).toList();
	}

}
