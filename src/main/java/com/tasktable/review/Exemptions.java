package com.tasktable.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.ComplianceSettings;
import com.tasktable.compliance.Facts;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.UnitObligation;
import com.tasktable.compliance.UnitTerms;
import com.tasktable.platform.FieldRules;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exemptions: a reviewer exempts a unit directly below their own from one obligation for
 * one of its periods, with a reason. The engine then reads the period as EXEMPT; it
 * counts in no percentage and no score. Audited.
 */
@Service
@Transactional
public class Exemptions {

	private static final ComplianceEngine PERIODS = new ComplianceEngine(ComplianceSettings.DEFAULTS);

	private final ExemptionRepository exemptions;

	private final Campaigns campaigns;

	private final Units units;

	private final RecordDecisions decisions;

	private final AuditLog audit;

	private final Clock clock;

	private final FieldRules fieldRules;

	Exemptions(ExemptionRepository exemptions, Campaigns campaigns, Units units, RecordDecisions decisions,
			AuditLog audit, Clock clock, FieldRules fieldRules) {
		this.fieldRules = fieldRules;
		this.exemptions = exemptions;
		this.campaigns = campaigns;
		this.units = units;
		this.decisions = decisions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Exempts the unit for the obligation's period that holds {@code day}.
	 * @return the exempted period
	 */
	public Period grant(CurrentUser reviewer, String campaignCode, String unitCode, String obligationCode,
			LocalDate day, String reason) {
		var scope = reviewer.scope();
		var unit = this.units.get(scope, unitCode);
		if (!this.decisions.reviews(reviewer, unit)) {
			throw new AccessDeniedException("Only reviewers of the unit above exempt it");
		}
		List<Violation> violations = new ArrayList<>();
		ObligationView obligation = null;
		try {
			obligation = this.campaigns.obligation(scope, campaignCode, obligationCode);
		}
		catch (NotFoundException ex) {
			violations.add(Violation.of("obligation", "review.error.noObligation"));
		}
		if (obligation != null && obligation.level() != unit.level()) {
			violations.add(Violation.of("obligation", "review.error.wrongLevel"));
		}
		violations.addAll(this.fieldRules.check(Reason.of(reason)));
		Period period = null;
		if (day == null) {
			violations.add(Violation.of("day", "review.error.dayRequired"));
		}
		else if (obligation != null && obligation.level() == unit.level()) {
			period = periodOf(obligation, day);
			if (period == null) {
				violations.add(Violation.of("day", "review.error.noPeriod"));
			}
			else if (this.exemptions.existsByUnitIdAndObligationIdAndPeriodStartAndPeriodEnd(unit.id(), obligation.id(),
					period.start(), period.end())) {
				violations.add(Violation.of("day", "review.error.alreadyExempt"));
			}
		}
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
		var exemption = this.exemptions.save(new Exemption(unit.id(), obligation.id(), period, reason.strip(),
				reviewer.id(), Instant.now(this.clock)));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("obligation", obligation.code());
		details.put("period", period.key());
		details.put("reason", reason.strip());
		this.audit.record(reviewer.username(), unit.id(), "EXEMPTION_GRANTED", "exemption", exemption.getId(), details);
		return period;
	}

	/** Withdraws an exemption: the period is judged again. */
	public void revoke(CurrentUser reviewer, Long id) {
		var exemption = this.exemptions.findById(id)
			.orElseThrow(() -> new NotFoundException("Exemption not found: " + id));
		var unit = this.units.byId(exemption.getUnitId());
		if (!reviewer.scope().covers(unit)) {
			throw new NotFoundException("Exemption not found: " + id);
		}
		if (!this.decisions.reviews(reviewer, unit)) {
			throw new AccessDeniedException("Only reviewers of the unit above revoke its exemptions");
		}
		this.exemptions.delete(exemption);
		this.audit.record(reviewer.username(), unit.id(), "EXEMPTION_REVOKED", "exemption", id,
				Map.of("period", exemption.getPeriod().key()));
	}

	/**
	 * The exemptions of the units the reviewer reviews in a campaign, latest period
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<ExemptionView> list(CurrentUser reviewer, String campaignCode) {
		var scope = reviewer.scope();
		var campaign = this.campaigns.get(scope, campaignCode);
		Map<Long, ObligationView> obligations = this.campaigns.taskTable(scope, campaignCode, campaign.endDate())
			.stream()
			.collect(Collectors.toMap(ObligationView::id, Function.identity()));
		Map<Long, UnitView> reviewed = this.units.within(scope)
			.stream()
			.filter(u -> this.decisions.reviews(reviewer, u))
			.collect(Collectors.toMap(UnitView::id, Function.identity()));
		if (reviewed.isEmpty() || obligations.isEmpty()) {
			return List.of();
		}
		return this.exemptions
			.findByUnitIdInAndObligationIdInOrderByPeriodStartDesc(reviewed.keySet(), obligations.keySet())
			.stream()
			.map(e -> new ExemptionView(e.getId(), reviewed.get(e.getUnitId()), obligations.get(e.getObligationId()),
					e.getPeriod(), e.getReason(), e.getGrantedAt().atZone(campaign.timeZone())))
			.toList();
	}

	/**
	 * The obligation's period holding {@code day}, as the engine cuts it; null if none.
	 */
	static Period periodOf(ObligationView obligation, LocalDate day) {
		var subject = new UnitObligation(obligation.rules(), UnitTerms.ALWAYS, Facts.NONE);
		return PERIODS.evaluateOn(subject, day, day).map(e -> e.period()).orElse(null);
	}

}
