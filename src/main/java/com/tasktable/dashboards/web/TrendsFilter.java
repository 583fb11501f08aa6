package com.tasktable.dashboards.web;

import java.time.Clock;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.dashboards.Trends;
import com.tasktable.platform.BadParameterException;
import com.tasktable.units.UnitScope;
import jakarta.validation.constraints.Pattern;

/**
 * The trends page's query, all of it in the address so that a view can be bookmarked and
 * sent.
 *
 * @param campaign campaign code; blank or absent for the one running today
 * @param unit the unit set against the average, by code: one of the units shown (else a
 * 400); absent for the first
 * @param period the quarter ranked ({@code 2026-Q3}), one of the campaign's quarters so
 * far (else a 400); absent for the campaign so far
 */
record TrendsFilter(String campaign, @Pattern(regexp = "[a-z0-9-]{1,64}") String unit,
		@Pattern(regexp = "\\d{4}-Q[1-4]") String period) {

	TrendsFilter {
		campaign = blankToNull(campaign);
		unit = blankToNull(unit);
		period = blankToNull(period);
	}

	CampaignView campaignIn(Campaigns campaigns, UnitScope scope, Clock clock) {
		return MatrixFilter.campaignIn(this.campaign, campaigns, scope, clock);
	}

	/** The line of the unit asked for, else the first. */
	Trends.Line lineIn(Trends trends) {
		if (this.unit == null) {
			return trends.lines().get(0);
		}
		return trends.line(this.unit)
			.orElseThrow(() -> new BadParameterException("unit", "error.parameter.invalid", "unit"));
	}

	/** The quarter asked for, null for the campaign so far. */
	Trends.Quarter quarterIn(Trends trends) {
		if (this.period == null) {
			return null;
		}
		return trends.quarter(this.period)
			.orElseThrow(() -> new BadParameterException("period", "error.parameter.invalid", "period"));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
