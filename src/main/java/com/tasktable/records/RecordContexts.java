package com.tasktable.records;

import java.time.Clock;
import java.time.LocalDate;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

import org.springframework.stereotype.Component;

/**
 * Gathers what the record rules need: the obligation's version on the day, the campaign,
 * phases, locks.
 */
@Component
class RecordContexts {

	private final Campaigns campaigns;

	private final ReopenedDays reopened;

	private final Clock clock;

	RecordContexts(Campaigns campaigns, ReopenedDays reopened, Clock clock) {
		this.campaigns = campaigns;
		this.reopened = reopened;
		this.clock = clock;
	}

	/**
	 * The obligation and its campaign, as seen from the scope ("not found" outside it).
	 */
	Target target(UnitScope scope, Long obligationId) {
		var obligation = this.campaigns.obligation(scope, obligationId);
		return new Target(obligation, this.campaigns.get(scope, obligation.campaignId()));
	}

	RecordRules.Context context(Target target, UnitView unit, LocalDate activityDate) {
		var today = target.campaign().today(this.clock);
		var day = (activityDate != null) ? activityDate : today;
		var terms = target.obligation().termsOn(day);
		return new RecordRules.Context(terms, target.campaign().startDate(), target.campaign().endDate(),
				target.obligation().startFor(unit.code()), today, isLocked(target, terms, unit, day, today),
				eventWindow(target.obligation(), terms, day));
	}

	/**
	 * Closed for the unit: the period ended long enough ago and no reviewer reopened the
	 * day.
	 */
	boolean isLocked(Target target, ObligationTerms terms, UnitView unit, LocalDate day, LocalDate today) {
		var due = RecordTimeRules.dueOf(target.obligation().rules(), terms, day);
		if (!RecordTimeRules.isLocked(due, today, target.campaign().lockAfterDays())) {
			return false;
		}
		return !this.reopened.isReopened(unit.id(), day, today);
	}

	Clock clock() {
		return this.clock;
	}

	LocalDate today(CampaignView campaign) {
		return campaign.today(this.clock);
	}

	private static RecordRules.DateWindow eventWindow(ObligationView obligation, ObligationTerms terms, LocalDate day) {
		if (terms.kind() != ObligationKind.DATED_EVENT) {
			return null;
		}
		var event = obligation.eventDates()
			.getOrDefault(day.getYear(), LocalDate.of(day.getYear(), terms.eventMonth(), terms.eventDay()));
		int before = (terms.windowDaysBefore() != null) ? terms.windowDaysBefore() : 0;
		int after = (terms.windowDaysAfter() != null) ? terms.windowDaysAfter() : 0;
		return new RecordRules.DateWindow(event.minusDays(before), event.plusDays(after));
	}

	/**
	 * An obligation with its campaign.
	 *
	 * @param obligation the obligation, all versions
	 * @param campaign its campaign
	 */
	record Target(ObligationView obligation, CampaignView campaign) {
	}

}
