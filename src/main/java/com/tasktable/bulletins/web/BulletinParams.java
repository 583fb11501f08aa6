package com.tasktable.bulletins.web;

import java.time.Clock;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.NotFoundException;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.scoring.Scores;
import com.tasktable.units.UnitScope;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

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

	ScoreSpan span(CampaignView campaign, Integer year, Integer month) {
		if (month != null && (month < 1 || month > 12)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be 1..12: " + month);
		}
		if (year == null) {
			return this.scores.defaultSpan(campaign, null, null, false);
		}
		return this.scores.defaultSpan(campaign, year, month, month == null);
	}

}
