package com.tasktable.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one conversion the callers need before the rules: instants (when a record was
 * logged, when a directive was done) become days in the campaign's zone. A record logged
 * at 23:30 in Shanghai on 31 March belongs to that day even though it is still the
 * afternoon of 31 March in UTC, and one at 00:30 on 1 April belongs to 1 April.
 */
public final class CampaignDates {

	private CampaignDates() {
	}

	/** The day {@code instant} falls on in {@code zone}. */
	public static LocalDate dayOf(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate();
	}

}
