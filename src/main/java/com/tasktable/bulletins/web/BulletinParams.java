package com.tasktable.bulletins.web;

import java.time.Clock;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.BadParameterException;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.ValidMonth;
import com.tasktable.platform.ValidYear;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.scoring.Scores;
import com.tasktable.units.UnitScope;

import org.springframework.stereotype.Component;

/**
 * The campaign (the running one by default) and the month or year (the last month over by
 * default; a year without a month is the year) of the bulletin pages and the API.
 */
@Component
class BulletinParams {

	private final Campaigns campaigns;

	private final Scores scores;

	private final Clock clock;

	BulletinParams(Campaigns campaigns, Scores scores, Clock clock) {
		this.campaigns = campaigns;
		this.scores = scores;
		this.clock = clock;
	}

	CampaignView campaign(UnitScope scope, String code) {
		if (code != null && !code.isBlank()) {
			return this.campaigns.get(scope, code.strip());
		}
		return this.campaigns.running(scope, this.clock)
			.or(() -> this.campaigns.visibleTo(scope).stream().findFirst())
			.orElseThrow(() -> new NotFoundException("No campaign"));
	}

	/**
	 * The month or year asked; a month outside 1–12 or a year outside the campaign's is a
	 * 400 naming the parameter.
	 */
	ScoreSpan span(CampaignView campaign, Integer year, Integer month) {
		if (month != null && (month < ValidMonth.MIN || month > ValidMonth.MAX)) {
			throw new BadParameterException("month", "error.parameter.month");
		}
		if (year == null) {
			return this.scores.defaultSpan(campaign, null, null, false);
		}
		if (year < ValidYear.MIN || year > ValidYear.MAX) {
			throw new BadParameterException("year", "error.parameter.year");
		}
		campaign.requireYear("year", year);
		return this.scores.defaultSpan(campaign, year, month, month == null);
	}

}
