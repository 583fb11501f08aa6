package com.tasktable.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.ChangeImpacts.Proposal;
import com.tasktable.units.UnitLevel;

import org.springframework.stereotype.Component;

/**
 * History is guarded: a change of the task table or the weights that would reach back
 * into a month that is over (its first affected day is before the first day of the
 * current month where the campaign runs), or any change to a campaign that has ended, is
 * refused until an administrator confirms it with a reason on a page that shows its
 * impact. The confirmation names the impact it saw; when the change would now do
 * something else, it is refused again with the new impact. The audit entry of the change
 * keeps the reason and the impact. A change from the current month on is not guarded: no
 * month or year score has read it yet, so nothing published can move.
 */
@Component
class HistoryGuard {

	private final ChangeImpacts impacts;

	private final Clock clock;

	HistoryGuard(ChangeImpacts impacts, Clock clock) {
		this.impacts = impacts;
		this.clock = clock;
	}

	/** Whether a change affecting days from {@code from} on needs a confirmation. */
	boolean guards(CampaignView campaign, LocalDate from) {
		var today = campaign.today(this.clock);
		return today.isAfter(campaign.endDate()) || from.isBefore(today.withDayOfMonth(1));
	}

	/**
	 * Lets an unguarded change through; computes a guarded one's impact and refuses it
	 * unless {@code confirmation} names that very impact and gives a reason.
	 * @return what the change's audit entry adds: the reason and the impact, or nothing
	 */
	Map<String, Object> check(CampaignView campaign, UnitLevel level, List<Proposal> proposals, LocalDate from,
			Confirmation confirmation) {
		if (from == null || proposals.isEmpty() || !guards(campaign, from)) {
			return Map.of();
		}
		var impact = this.impacts.of(campaign, level, proposals, from);
		var digest = impact.digest(proposals);
		if (confirmation == null || !confirmation.given()) {
			throw new ChangeNeedsConfirmationException(impact, digest, false, null);
		}
		if (!digest.equals(confirmation.digest())) {
			throw new ChangeNeedsConfirmationException(impact, digest, true, null);
		}
		var reason = (confirmation.reason() != null) ? confirmation.reason().strip() : "";
		if (reason.isEmpty()) {
			throw new ChangeNeedsConfirmationException(impact, digest, false, "admin.error.required");
		}
		if (reason.length() > Confirmation.MAX_REASON) {
			throw new ChangeNeedsConfirmationException(impact, digest, false, "history.error.reasonTooLong");
		}
		Map<String, Object> confirmed = new LinkedHashMap<>();
		confirmed.put("reason", reason);
		confirmed.put("impact", impact.summary());
		return Map.of("confirmation", confirmed);
	}

}
