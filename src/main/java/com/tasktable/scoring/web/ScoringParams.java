package com.tasktable.scoring.web;

import java.time.Clock;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.NotFoundException;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.scoring.Scores;
import com.tasktable.units.UnitScope;

import org.springframework.stereotype.Component;

/**
 * Reads the pages' and the API's parameters the same way: the campaign (the running one
 * by default), the year and the month (none: the year; neither: the last month over).
 */
@Component
class ScoringParams {

	private final Campaigns campaigns;

	private final Scores scores;

	private final Clock clock;

	ScoringParams(Campaigns campaigns, Scores scores, Clock clock) {
		this.campaigns = campaigns;
		this.scores = scores;
		this.clock = clock;
	}

	CampaignView campaign(UnitScope scope, String code) {
		if (code != null && !code.isBlank()) {
			return this.campaigns.get(scope, code);
		}
		return this.campaigns.running(scope, this.clock)
			.or(() -> this.campaigns.visibleTo(scope).stream().findFirst())
			.orElseThrow(() -> new NotFoundException("No campaign"));
	}

	/**
	 * The month or year asked for. The year and month were range-checked when bound
	 * ({@code @ValidYear}, {@code @ValidMonth}); a year outside the campaign is a 400
	 * here.
	 */
	ScoreSpan span(CampaignView campaign, Integer year, Integer month) {
		if (year != null) {
			campaign.requireYear("year", year);
		}
		if (year == null) {
			return this.scores.defaultSpan(campaign, null, null, false);
		}
		return this.scores.defaultSpan(campaign, year, month, month == null);
	}

}
