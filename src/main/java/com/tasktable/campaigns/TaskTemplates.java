package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.tasktable.audit.AuditChanges;
import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.ChangeImpacts.Proposal;
import com.tasktable.compliance.FirstPeriod;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of task templates: an obligation's effective-dated versions and its
 * retirement (its phase dates and movable days are {@link ObligationSchedules}'). A
 * change names the lock version the administrator saw, applies from a date, never touches
 * a version that judged a period before that date, is audited with its before and after
 * values, and drops the cached task tables. A change that reaches back into periods that
 * are over needs a confirmation with a reason ({@link HistoryGuard}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class TaskTemplates {

	private final Campaigns campaigns;

	private final CoverageCategoryRepository categories;

	private final AdministeredEntities administered;

	private final ObligationDetails shared;

	private final AuditLog audit;

	private final HistoryGuard guard;

	TaskTemplates(Campaigns campaigns, CoverageCategoryRepository categories, AdministeredEntities administered,
			ObligationDetails shared, AuditLog audit, HistoryGuard guard) {
		this.campaigns = campaigns;
		this.categories = categories;
		this.administered = administered;
		this.shared = shared;
		this.audit = audit;
		this.guard = guard;
	}

	/** One obligation with its history and phase dates. */
	public ObligationDetail obligation(UnitScope scope, Long id) {
		return this.shared.detail(scope, this.administered.obligation(scope, id));
	}

	/**
	 * Makes {@code terms} apply from {@code from} on: a new version, or a correction of
	 * the version that starts on that day. Periods before {@code from} keep the version
	 * then in force.
	 * @param expectedVersion the lock version the administrator saw
	 * @param confirmation the administrator's confirmation of the impact on history
	 */
	@Transactional
	public ObligationDetail revise(UnitScope scope, String actor, Long id, long expectedVersion, LocalDate from,
			ObligationTerms terms, Confirmation confirmation) {
		var obligation = this.administered.obligation(scope, id);
		ObligationDetails.checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		List<Violation> violations = new ArrayList<>(
				TermsRules.check(terms, TermsRules.categoryCodes(this.categories)));
		if (from == null) {
			violations.add(Violation.of("appliesFrom", "admin.error.required"));
		}
		else if (from.isBefore(obligation.getEffectiveFrom()) || from.isAfter(campaign.endDate())) {
			violations.add(Violation.of("appliesFrom", "admin.error.appliesFrom", obligation.getEffectiveFrom(),
					campaign.endDate()));
		}
		else if (obligation.getEffectiveTo() != null && !from.isBefore(obligation.getEffectiveTo())) {
			violations.add(Violation.of("appliesFrom", "admin.error.afterRetirement", obligation.getEffectiveTo()));
		}
		RejectedException.throwIfAny(violations);
		var proposal = obligation.proposal();
		proposal.revise(from, terms);
		rejectNeverApplying(campaign, obligation, proposal, from);
		var confirmed = this.guard.check(campaign, obligation.getLevel(),
				List.of(new Proposal(this.shared.view(campaign, obligation), this.shared.view(campaign, proposal))),
				from, confirmation);
		var before = obligation.versionOn(from).toTerms().fields();
		var revised = obligation.revise(from, terms);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		details.put("from", from.toString());
		details.putAll(AuditChanges.between(before, revised.toTerms().fields()));
		details.putAll(confirmed);
		this.audit.record(actor, this.administered.rootUnitId(campaign), "OBLIGATION_REVISED", "obligation", id,
				details);
		return this.shared.changed(scope, obligation);
	}

	/**
	 * Names the obligation for the screens (a short name in Chinese and in English, each
	 * optional). Names judge nothing, so they are not versioned and need no confirmation;
	 * the change is audited with its before and after values.
	 * @param expectedVersion the lock version the administrator saw
	 */
	@Transactional
	public ObligationDetail rename(UnitScope scope, String actor, Long id, long expectedVersion, String shortName,
			String shortNameEn) {
		var obligation = this.administered.obligation(scope, id);
		ObligationDetails.checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		List<Violation> violations = new ArrayList<>();
		if (shortName != null && shortName.strip().length() > SHORT_NAME_MAX) {
			violations.add(Violation.of("shortName", "admin.obligation.nameTooLong", SHORT_NAME_MAX));
		}
		if (shortNameEn != null && shortNameEn.strip().length() > SHORT_NAME_EN_MAX) {
			violations.add(Violation.of("shortNameEn", "admin.obligation.nameTooLong", SHORT_NAME_EN_MAX));
		}
		RejectedException.throwIfAny(violations);
		var before = names(obligation);
		obligation.rename(shortName, shortNameEn);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		details.putAll(AuditChanges.between(before, names(obligation)));
		this.audit.record(actor, this.administered.rootUnitId(campaign), "OBLIGATION_RENAMED", "obligation", id,
				details);
		return this.shared.changed(scope, obligation);
	}

	/** The longest short names the columns hold. */
	static final int SHORT_NAME_MAX = 60;

	static final int SHORT_NAME_EN_MAX = 120;

	private static Map<String, String> names(Obligation obligation) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("shortName", Objects.toString(obligation.getShortNames().shortName(), ""));
		names.put("shortNameEn", Objects.toString(obligation.getShortNames().shortNameEn(), ""));
		return names;
	}

	/**
	 * Ends the obligation from {@code to} on (exclusive): periods that end before it are
	 * judged as before, later ones are not judged. A null date puts it back in force.
	 */
	@Transactional
	public ObligationDetail retire(UnitScope scope, String actor, Long id, long expectedVersion, LocalDate to,
			Confirmation confirmation) {
		var obligation = this.administered.obligation(scope, id);
		ObligationDetails.checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		if (to != null && (!to.isAfter(obligation.lastVersionStart()) || to.isAfter(campaign.endDate()))) {
			throw new RejectedException(List.of(Violation.of("retireFrom", "admin.error.retireFrom",
					obligation.lastVersionStart(), campaign.endDate())));
		}
		var proposal = obligation.proposal();
		proposal.retire(to);
		var confirmed = this.guard.check(campaign, obligation.getLevel(),
				List.of(new Proposal(this.shared.view(campaign, obligation), this.shared.view(campaign, proposal))),
				earliest(to, obligation.getEffectiveTo()), confirmation);
		var before = Objects.toString(obligation.getEffectiveTo(), "");
		obligation.retire(to);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		details.put("before", Map.of("effectiveTo", before));
		details.put("after", Map.of("effectiveTo", Objects.toString(to, "")));
		details.putAll(confirmed);
		this.audit.record(actor, this.administered.rootUnitId(campaign),
				(to != null) ? "OBLIGATION_RETIRED" : "OBLIGATION_REINSTATED", "obligation", id, details);
		return this.shared.changed(scope, obligation);
	}

	/**
	 * A version that would judge no whole period before the campaign (or the obligation)
	 * ends can never apply: a quarterly version from 15 November on a campaign ending 31
	 * December would first judge the next year's first quarter.
	 */
	private static void rejectNeverApplying(CampaignView campaign, Obligation obligation, Obligation proposal,
			LocalDate from) {
		var rules = CampaignCatalog.toView(proposal, campaign, from, Map.of()).rules();
		var last = (obligation.getEffectiveTo() != null && obligation.getEffectiveTo().isBefore(campaign.endDate()))
				? obligation.getEffectiveTo().minusDays(1) : campaign.endDate();
		var first = FirstPeriod.of(rules, from);
		if (first.isEmpty() || first.get().start().isAfter(last)) {
			throw new RejectedException(List.of(Violation.of("appliesFrom", "admin.error.neverApplies",
					first.map(p -> p.key()).orElse("—"), last)));
		}
	}

	static LocalDate earliest(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isBefore(b)) ? a : b;
	}

}
