package com.tasktable.campaigns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A campaign's revision: a number the database changes, in the writing transaction,
 * whenever anything a compliance judgement of the campaign reads changes (its records,
 * directives, task table, phases and event dates, the unit tree: see the triggers of
 * migration V6). Whatever was computed from a campaign at one revision stays true while
 * the revision stays the same, on every instance of the application and whoever wrote.
 */
@Component
public class CampaignRevisions {

	private static final String QUERY = "select revision from campaign_revision where campaign_id = ?";

	private final JdbcTemplate jdbc;

	CampaignRevisions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest revision of any campaign: every change any campaign's judgement reads
	 * takes a new, higher number, so what was computed from records of all campaigns
	 * stays true while this stays the same. One read of a row per campaign.
	 */
	public long latest() {
		Long latest = this.jdbc.queryForObject("select max(revision) from campaign_revision", Long.class);
		return (latest != null) ? latest : -1;
	}

	/** One indexed read; -1 for a campaign without a revision row (never cached). */
	public long of(CampaignView campaign) {
		var found = this.jdbc.queryForList(QUERY, Long.class, campaign.id());
		return found.isEmpty() ? -1 : found.get(0);
	}

}
