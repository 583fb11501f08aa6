package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.users.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights of a campaign's obligations, per level: points out of 100 that scoring
 * gives each item. Administrators edit all weights of a level at once; they must sum to
 * exactly 100. A weight belongs to the obligation, not to one of its versions: saving
 * sets it on every version, so a month and the year are weighed alike (past scores are
 * recomputed with the new weights; the audit log keeps the old ones).
 */
@Service
@Transactional
public class ObligationWeights {

	static final BigDecimal HUNDRED = new BigDecimal("100.00");

	private final Campaigns campaigns;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ObligationWeights(Campaigns campaigns, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
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

	/** Saves all weights of a level, or nothing. */
	@PreAuthorize("hasRole('ADMIN')")
	public void update(CurrentUser admin, String campaignCode, UnitLevel level, Map<String, BigDecimal> weights) {
		var obligations = ofLevel(admin.scope(), campaignCode, level);
		var errors = check(obligations.stream().map(ObligationView::code).toList(), weights);
		if (!errors.isEmpty()) {
			throw new WeightsRejectedException(errors);
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		for (var obligation : obligations) {
			var before = obligation.terms().weight();
			var after = weights.get(obligation.code()).setScale(2);
			if (before == null || before.compareTo(after) != 0) {
				this.jdbc.update("update obligation_version set weight = ? where obligation_id = ?", after,
						obligation.id());
				changes.put(obligation.code(), Map.of("from", String.valueOf(before), "to", after.toPlainString()));
			}
		}
		if (!changes.isEmpty()) {
			var campaign = this.campaigns.get(admin.scope(), campaignCode);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("campaign", campaign.code());
			details.put("level", level.name());
			details.put("weights", changes);
			this.audit.record(admin.username(), null, "WEIGHTS_UPDATED", "campaign", campaign.id(), details);
			this.campaigns.evictCaches();
		}
	}

}
