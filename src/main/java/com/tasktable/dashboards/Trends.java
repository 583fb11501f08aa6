package com.tasktable.dashboards;

import java.math.BigDecimal;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.compliance.Period;
import com.tasktable.units.UnitView;

/**
 * Compliance percentages per unit and quarter over a campaign, up to the current quarter.
 *
 * @param campaign the campaign
 * @param quarters the quarters, oldest first
 * @param lines one per unit, its percentage per quarter (null where nothing was decided
 * yet)
 */
public record Trends(CampaignView campaign, List<Period> quarters, List<Line> lines) {

	/**
	 * @param unit the unit
	 * @param percents one per quarter
	 */
	public record Line(UnitView unit, List<BigDecimal> percents) {
	}

}
