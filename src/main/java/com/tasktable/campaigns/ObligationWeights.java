package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.ChangeImpacts.Proposal;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights of a campaign's obligations, per level: points out of 100 that scoring
 * gives each item. Administrators edit all weights of a level at once; they must sum to
 * exactly 100. A change applies from a date: the versions in force before it keep their
 * weights (a version running across it is split), so months and years already scored, and
 * the rankings published from them, keep their points. A change from a month that is
 * over, or to a campaign that has ended, needs a confirmation with a reason
 * ({@link HistoryGuard}).
 */
@Service
@Transactional
public class ObligationWeights {

	static final BigDecimal HUNDRED = new BigDecimal("100.00");

	private final Campaigns campaigns;

	private final ObligationRepository obligations;

	private final AuditLog audit;

	private final Clock clock;

	private final Units units;

	private final HistoryGuard guard;

	ObligationWeights(Campaigns campaigns, ObligationRepository obligations, AuditLog audit, Clock clock, Units units,
			HistoryGuard guard) {
		this.units = units;
		this.guard = guard;
		this.campaigns = campaigns;
		this.obligations = obligations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The level's obligations in table order, each with its current weight. */
	@Transactional(readOnly = true)
	public List<ObligationView> ofLevel(UnitScope scope, String campaignCode, UnitLevel level) {
		var campaign = this.campaigns.get(scope, campaignCode);
		return this.campaigns.taskTable(scope, campaignCode, campaign.clamp(campaign.today(this.clock)))
			.stream()
			.filter(o -> o.level() == level)
			.toList();
	}

	/**
	 * The date a change is offered from: the first day of this month in a running
	 * campaign (months already scored keep their weights), its first day in one that has
	 * not begun, its last month in one that has ended.
	 */
	@Transactional(readOnly = true)
	public LocalDate suggestedStart(UnitScope scope, String campaignCode) {
		var campaign = this.campaigns.get(scope, campaignCode);
		return campaign.clamp(campaign.clamp(campaign.today(this.clock)).withDayOfMonth(1));
	}

	/**
	 * Checks the weights of a whole level: every obligation has one, each 0–100 with at
	 * most 2 decimals, and they sum to exactly 100.
	 * @return message codes by obligation code, or {@code sum}; empty when valid
	 */
	public static Map<String, String> check(List<String> codes, Map<String, BigDecimal> weights) {
		Map<String, String> errors = new LinkedHashMap<>();
		var sum = BigDecimal.ZERO;
		for (var code : codes) {
			var weight = weights.get(code);
			if (weight == null) {
				errors.put(code, "weights.error.required");
			}
			else if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
				errors.put(code, "weights.error.range");
			}
			else if (weight.stripTrailingZeros().scale() > 2) {
				errors.put(code, "weights.error.decimals");
			}
			else {
				sum = sum.add(weight);
			}
		}
		if (errors.isEmpty() && sum.compareTo(HUNDRED) != 0) {
			errors.put("sum", "weights.error.sum");
		}
		return errors;
	}

	/**
	 * Saves all weights of a level from {@code from} on (the campaign's start when null),
	 * or nothing.
	 * @param confirmation the administrator's confirmation of the impact on history
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void update(CurrentUser admin, String campaignCode, UnitLevel level, Map<String, BigDecimal> weights,
			LocalDate from, Confirmation confirmation) {
		var campaign = this.campaigns.get(admin.scope(), campaignCode);
		var start = (from != null) ? from : campaign.startDate();
		var obligations = this.campaigns.taskTable(admin.scope(), campaignCode, start)
			.stream()
			.filter(o -> o.level() == level)
			.toList();
		var errors = new LinkedHashMap<>(check(obligations.stream().map(ObligationView::code).toList(), weights));
		if (start.isBefore(campaign.startDate()) || start.isAfter(campaign.endDate())) {
			errors.put("from", "weights.error.from");
		}
		RejectedException
			.throwIfAny(errors.entrySet().stream().map(e -> Violation.of(e.getKey(), e.getValue())).toList());
		Map<String, Object> changes = new LinkedHashMap<>();
		Map<Obligation, BigDecimal> reweighed = new LinkedHashMap<>();
		List<Proposal> proposals = new ArrayList<>();
		var unitsById = this.units.all().stream().collect(Collectors.toMap(UnitView::id, u -> u));
		var asOf = campaign.clamp(campaign.today(this.clock));
		for (var obligation : obligations) {
			var before = obligation.termsOn(start).weight();
			var after = weights.get(obligation.code()).setScale(2);
			if (before == null || before.compareTo(after) != 0) {
				var stored = this.obligations.findWithVersions(obligation.id()).orElseThrow();
				var proposal = stored.proposal();
				proposal.reweigh(start, after);
				proposals.add(new Proposal(CampaignCatalog.toView(stored, campaign, asOf, unitsById),
						CampaignCatalog.toView(proposal, campaign, asOf, unitsById)));
				reweighed.put(stored, after);
				changes.put(obligation.code(), Map.of("from", String.valueOf(before), "to", after.toPlainString()));
			}
		}
		var confirmed = this.guard.check(campaign, level, proposals, start, confirmation);
		reweighed.forEach((stored, weight) -> stored.reweigh(start, weight));
		if (!changes.isEmpty()) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("campaign", campaign.code());
			details.put("level", level.name());
			details.put("validFrom", start.toString());
			details.put("weights", changes);
			details.putAll(confirmed);
			this.audit.record(admin.username(), null, "WEIGHTS_UPDATED", "campaign", campaign.id(), details);
			this.campaigns.evictCaches();
		}
	}

}
