package com.tasktable.home;

import java.time.LocalDate;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.records.RecordSummary;
import com.tasktable.units.UnitView;

/**
 * A unit's current state in the running campaign.
 *
 * @param unit the unit
 * @param campaign the running campaign, null when none runs today
 * @param today today in the campaign's time zone
 * @param due its obligations in their current periods
 * @param recent its latest records
 * @param children units directly below it, inside the reader's scope
 */
record UnitOverview(UnitView unit, CampaignView campaign, LocalDate today, List<DueItem> due,
		List<RecordSummary> recent, List<UnitView> children) {
}
