package com.tasktable.records;

import java.time.ZonedDateTime;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Period;
import com.tasktable.units.UnitView;

/**
 * A record with everything its page shows.
 *
 * @param id record id
 * @param version for optimistic locking of edits
 * @param unit the unit that did it
 * @param obligation the obligation it counts for
 * @param terms the obligation's version on the activity date
 * @param campaign the campaign
 * @param draft the recorded fields
 * @param state review state
 * @param authorName who logged it
 * @param loggedAt when, in the campaign's time zone
 * @param updatedAt last change, in the campaign's time zone
 * @param period the period it counts for
 * @param late logged after the period's grace days
 * @param locked its period is closed for the unit
 * @param editable the reader may change or withdraw it now
 * @param evidence attached files
 */
public record RecordDetails(Long id, long version, UnitView unit, ObligationView obligation, ObligationTerms terms,
		CampaignView campaign, RecordDraft draft, RecordState state, String authorName, ZonedDateTime loggedAt,
		ZonedDateTime updatedAt, Period period, boolean late, boolean locked, boolean editable,
		List<EvidenceView> evidence) {
}
