package com.tasktable.campaigns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.tasktable.audit.AuditChanges;
import com.tasktable.audit.AuditLog;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitScope;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns as administrators create and edit them (code, names, root unit, dates, time
 * zone, late and lock days, bulletin number pattern). Every change is audited with its
 * before and after values and drops the cached campaigns and task tables.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class CampaignEditing {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private final CampaignRepository campaigns;

	private final AdministeredEntities administered;

	private final CampaignDraftRules rules;

	private final AuditLog audit;

	private final Campaigns campaignReads;

	CampaignEditing(CampaignRepository campaigns, AdministeredEntities administered, CampaignDraftRules rules,
			AuditLog audit, Campaigns campaignReads) {
		this.campaigns = campaigns;
		this.administered = administered;
		this.rules = rules;
		this.audit = audit;
		this.campaignReads = campaignReads;
	}

	/** The lock version of a campaign the administrator may change. */
	public long version(UnitScope scope, String code) {
		return this.administered.campaign(scope, code).getVersion();
	}

	@Transactional
	public CampaignView create(UnitScope scope, String actor, CampaignDraft draft) {
		List<Violation> violations = new ArrayList<>();
		var code = (draft.code() != null) ? draft.code().trim() : "";
		if (!CODE.matcher(code).matches()) {
			violations.add(Violation.of("code", "admin.campaign.error.code"));
		}
		else if (this.campaigns.existsByCode(code)) {
			violations.add(Violation.of("code", "admin.campaign.error.taken"));
		}
		var root = this.rules.check(scope, draft, violations);
		RejectedException.throwIfAny(violations);
		var campaign = new Campaign(code, draft.name().trim(), blank(draft.nameEn()), root.id(), draft.startDate(),
				draft.endDate(), draft.timeZone().trim());
		apply(campaign, root.id(), draft);
		var saved = this.campaigns.save(campaign);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", Map.of());
		details.put("after", saved.auditFields());
		this.audit.record(actor, root.id(), "CAMPAIGN_CREATED", "campaign", saved.getId(), details);
		this.campaignReads.evictCaches();
		return saved.toView(root.code());
	}

	@Transactional
	public void update(UnitScope scope, String actor, String code, long expectedVersion, CampaignDraft draft) {
		var campaign = this.administered.campaign(scope, code);
		if (campaign.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Campaign.class, campaign.getId());
		}
		List<Violation> violations = new ArrayList<>();
		var root = this.rules.check(scope, draft, violations);
		RejectedException.throwIfAny(violations);
		var before = campaign.auditFields();
		apply(campaign, root.id(), draft);
		this.audit.record(actor, root.id(), "CAMPAIGN_UPDATED", "campaign", campaign.getId(),
				AuditChanges.between(before, campaign.auditFields()));
		this.campaignReads.evictCaches();
	}

	private static void apply(Campaign campaign, Long rootUnitId, CampaignDraft draft) {
		campaign.update(draft.name().trim(), blank(draft.nameEn()), rootUnitId, draft.startDate(), draft.endDate(),
				draft.timeZone().trim(), draft.lateAfterDays(), draft.lockAfterDays(),
				draft.bulletinNumberPattern().strip());
	}

	static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
