package com.tasktable.records;

import java.time.LocalDate;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.campaigns.ObligationView;

/**
 * An obligation a reporter is about to log a record for.
 *
 * @param obligation the obligation with all its versions
 * @param campaign its campaign
 * @param today today in the campaign's zone
 */
public record LoggingTarget(ObligationView obligation, CampaignView campaign, LocalDate today) {

	/** The version in force today, or on the campaign's last day once it has ended. */
	public ObligationTerms terms() {
		return this.obligation.termsOn(this.campaign.clamp(this.today));
	}

}
