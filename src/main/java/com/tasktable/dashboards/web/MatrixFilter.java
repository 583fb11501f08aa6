package com.tasktable.dashboards.web;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Predicate;

import com.tasktable.campaigns.CampaignNotFoundException;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.Quarters;
import com.tasktable.dashboards.Matrix;
import com.tasktable.platform.ValidQuarter;
import com.tasktable.platform.ValidYear;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import jakarta.validation.constraints.Pattern;

/**
 * The dashboard's query, read the same way by the page, its Excel export and the API, so
 * that the three show the same matrix for the same parameters.
 *
 * @param campaign campaign code; blank or absent for the one running today
 * @param year year of the quarter, {@value ValidYear#MIN}–{@value ValidYear#MAX} and
 * within the campaign (else a 400 naming it); with {@code quarter}, or both ignored
 * @param quarter 1–4 (else a 400); absent for today's quarter (the campaign's last once
 * it ended)
 * @param level only the obligations of this unit level
 * @param category only the obligations of this task table category (Chinese, as stored)
 * @param sort worst first by completion rate ({@code percent}) or by an obligation's
 * column (its code); absent for the table's order
 */
record MatrixFilter(String campaign, @ValidYear Integer year, @ValidQuarter Integer quarter, UnitLevel level,
		String category, @Pattern(regexp = "percent|\\d{1,3}\\.[RCX]\\.\\d{1,3}") String sort) {

	MatrixFilter {
		campaign = (campaign == null || campaign.isBlank()) ? null : campaign;
		category = (category == null || category.isBlank()) ? null : category;
		sort = (sort == null || sort.isBlank()) ? null : sort;
	}

	/** The links of the matrix's headers, for the quarter shown. */
	MatrixLinks links(Matrix shown) {
		return new MatrixLinks(shown.campaign().code(), shown.quarter().start().getYear(), shown.quarterNumber(),
				this.level, this.category, this.sort);
	}

	/**
	 * The campaign asked for, else the one running today, else the newest the scope sees.
	 */
	CampaignView campaignIn(Campaigns campaigns, UnitScope scope, Clock clock) {
		return campaignIn(this.campaign, campaigns, scope, clock);
	}

	/**
	 * The campaign with this code (null for none asked), else the one running today, else
	 * the newest the scope sees: the dashboard's pages all choose alike.
	 */
	static CampaignView campaignIn(String code, Campaigns campaigns, UnitScope scope, Clock clock) {
		if (code != null) {
			return campaigns.get(scope, code);
		}
		return campaigns.running(scope, clock)
			.or(() -> campaigns.visibleTo(scope).stream().findFirst())
			.orElseThrow(() -> new CampaignNotFoundException("(none)"));
	}

	/**
	 * The quarter asked for, kept inside the campaign (a campaign starting or ending
	 * within a quarter); {@code current} when none is asked. The ranges were checked when
	 * the filter was bound; a year outside the campaign is a 400 here.
	 */
	Period quarterOf(CampaignView chosen, Period current) {
		if (this.year != null) {
			chosen.requireYear("year", this.year);
		}
		if (this.year == null || this.quarter == null) {
			return current;
		}
		var asked = Quarters.period(this.year, this.quarter);
		return Frequency.QUARTER.periodContaining(chosen.clamp(asked.start()));
	}

	/** The matrix's columns: the obligations of the level and category asked. */
	Predicate<ObligationView> columns() {
		return (o) -> (this.level == null || o.level() == this.level)
				&& (this.category == null || Objects.equals(o.rowCategory(), this.category));
	}

}
