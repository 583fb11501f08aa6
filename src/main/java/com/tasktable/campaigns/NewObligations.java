package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New obligations of a row at a level, as administrators add them: coded
 * {@code <row>.<R|C|X>.<n>}, weight 0 until the level's weights are set, audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class NewObligations {

	private final CampaignRepository campaigns;

	private final ObligationRepository obligations;

	private final CoverageCategoryRepository categories;

	private final AdministeredEntities administered;

	private final AuditLog audit;

	private final Campaigns campaignReads;

	NewObligations(CampaignRepository campaigns, ObligationRepository obligations,
			CoverageCategoryRepository categories, AdministeredEntities administered, AuditLog audit,
			Campaigns campaignReads) {
		this.campaigns = campaigns;
		this.obligations = obligations;
		this.categories = categories;
		this.administered = administered;
		this.audit = audit;
		this.campaignReads = campaignReads;
	}

	/**
	 * A new obligation of a row at a level, coded {@code <row>.<R|C|X>.<n>}, asking
	 * {@code terms} from {@code terms.validFrom()} on, with weight 0 until weights are
	 * set.
	 */
	@Transactional
	public Long addObligation(UnitScope scope, String actor, Long rowId, UnitLevel level, ObligationTerms terms) {
		var row = this.administered.row(scope, rowId);
		var campaign = this.campaigns.findById(row.getCampaignId()).orElseThrow();
		List<Violation> violations = new ArrayList<>(
				TermsRules.check(terms, TermsRules.categoryCodes(this.categories)));
		if (level == null) {
			violations.add(Violation.of("level", "admin.error.required"));
		}
		var from = terms.validFrom();
		if (from == null) {
			violations.add(Violation.of("appliesFrom", "admin.error.required"));
		}
		else if (from.isBefore(campaign.getStartDate()) || from.isAfter(campaign.getEndDate())) {
			violations.add(Violation.of("appliesFrom", "admin.error.appliesFrom", campaign.getStartDate(),
					campaign.getEndDate()));
		}
		RejectedException.throwIfAny(violations);
		int sequence = this.obligations.maxSequence(rowId, level) + 1;
		var code = row.getNumber() + "." + letter(level) + "." + sequence;
		var withWeight = terms.toBuilder().validFrom(from).validTo(null).weight(BigDecimal.ZERO).build();
		var saved = this.obligations.save(new Obligation(row, code, level, sequence, from, withWeight));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", code);
		details.put("campaign", campaign.getCode());
		details.put("before", Map.of());
		details.put("after", withWeight.fields());
		this.audit.record(actor, campaign.getRootUnitId(), "OBLIGATION_CREATED", "obligation", saved.getId(), details);
		this.campaignReads.evictCaches();
		return saved.getId();
	}

	/** The letter of a level in an obligation's code. */
	static String letter(UnitLevel level) {
		return switch (level) {
			case REGION -> "R";
			case CITY -> "C";
			case COUNTY -> "X";
		};
	}

}
