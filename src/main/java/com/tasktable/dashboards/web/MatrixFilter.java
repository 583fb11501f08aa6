package com.tasktable.dashboards.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

import com.tasktable.campaigns.CampaignNotFoundException;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;

/**
 * The dashboard's query, read the same way by the page, its Excel export and the API, so
 * that the three show the same matrix for the same parameters.
 *
 * @param campaign campaign code; blank or absent for the one running today
 * @param year year of the quarter; with {@code quarter}, or both ignored
 * @param quarter 1–4; absent for today's quarter (the campaign's last once it ended)
 * @param level only the obligations of this unit level
 * @param category only the obligations of this task table category (Chinese, as stored)
 */
record MatrixFilter(String campaign, Integer year, Integer quarter, UnitLevel level, String category) {

	MatrixFilter {
		campaign = (campaign == null || campaign.isBlank()) ? null : campaign;
		category = (category == null || category.isBlank()) ? null : category;
	}

	/**
	 * The campaign asked for, else the one running today, else the newest the scope sees.
	 */
	CampaignView campaignIn(Campaigns campaigns, UnitScope scope, Clock clock) {
		if (this.campaign != null) {
			return campaigns.get(scope, this.campaign);
		}
		return campaigns.running(scope, clock)
			.or(() -> campaigns.visibleTo(scope).stream().findFirst())
			.orElseThrow(() -> new CampaignNotFoundException("(none)"));
	}

	/**
	 * The quarter asked for, kept inside the campaign; {@code current} when none or an
	 * impossible one is asked.
	 */
	Period quarterOf(CampaignView chosen, Period current) {
		if (this.year == null || this.year < 1 || this.year > 9999 || this.quarter == null || this.quarter < 1
				|| this.quarter > 4) {
			return current;
		}
		var asked = Frequency.QUARTER.periodContaining(LocalDate.of(this.year, this.quarter * 3, 1));
		return Frequency.QUARTER.periodContaining(chosen.clamp(asked.start()));
	}

	/** The matrix's columns: the obligations of the level and category asked. */
	Predicate<ObligationView> columns() {
		return (o) -> (this.level == null || o.level() == this.level)
				&& (this.category == null || Objects.equals(o.rowCategory(), this.category));
	}

}
