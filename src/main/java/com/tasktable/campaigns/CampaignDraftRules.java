package com.tasktable.campaigns;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import com.tasktable.platform.FieldRules;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.stereotype.Component;

/**
 * What a campaign's fields must hold when it is created, edited or cloned: names, dates,
 * time zone, days, the bulletin number pattern and a root unit inside the administrator's
 * scope.
 */
@Component
class CampaignDraftRules {

	private final Units units;

	private final FieldRules fieldRules;

	CampaignDraftRules(Units units, FieldRules fieldRules) {
		this.units = units;
		this.fieldRules = fieldRules;
	}

	/** Adds the draft's violations; the root unit when it is in the scope, else null. */
	UnitView check(UnitScope scope, CampaignDraft draft, List<Violation> violations) {
		violations.addAll(this.fieldRules.check(draft));
		if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
			violations.add(Violation.of("endDate", "admin.campaign.error.endBeforeStart"));
		}
		try {
			ZoneId.of((draft.timeZone() != null) ? draft.timeZone().trim() : "");
		}
		catch (DateTimeException ex) {
			violations.add(Violation.of("timeZone", "admin.campaign.error.timeZone"));
		}
		var pattern = draft.bulletinNumberPattern();
		if (pattern == null || pattern.isBlank()) {
			violations.add(Violation.of("bulletinNumberPattern", "admin.error.required"));
		}
		else if (pattern.strip().length() > 200) {
			violations.add(Violation.of("bulletinNumberPattern", "admin.error.tooLong", 200));
		}
		else if (!isBulletinNumberPattern(pattern.strip())) {
			violations.add(Violation.of("bulletinNumberPattern", "admin.campaign.error.bulletinNumberPattern"));
		}
		var root = this.units.within(scope)
			.stream()
			.filter(u -> u.code().equals(draft.rootUnitCode()))
			.findFirst()
			.orElse(null);
		if (root == null) {
			violations.add(Violation.of("rootUnitCode", "admin.error.required"));
		}
		return root;
	}

	/** {@code {seq}} once, {@code {year}} at most once, no other braces. */
	static boolean isBulletinNumberPattern(String pattern) {
		var rest = pattern.replace("{seq}", "").replace("{year}", "");
		int seqs = (pattern.length() - pattern.replace("{seq}", "").length()) / 5;
		int years = (pattern.length() - pattern.replace("{year}", "").length()) / 6;
		return seqs == 1 && years <= 1 && rest.indexOf('{') < 0 && rest.indexOf('}') < 0;
	}

}
