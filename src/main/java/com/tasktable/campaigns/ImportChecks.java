package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tasktable.platform.Violation;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.stereotype.Component;

/**
 * What an imported task table's lines must hold together, checked in full before anything
 * is written: codes, rows, each kind's rules, units, dates, weights adding up to 100 per
 * level. Each problem names its line ({@link ImportedObligation#problem}).
 */
@Component
class ImportChecks {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final CoverageCategoryRepository categories;

	private final Units units;

	ImportChecks(CoverageCategoryRepository categories, Units units) {
		this.categories = categories;
		this.units = units;
	}

	/**
	 * Every problem of the lines as a whole, without changing anything.
	 * @param existing the campaign's obligations by code
	 */
	List<Violation> check(UnitScope scope, CampaignView campaign, LocalDate appliesFrom, List<ImportedObligation> lines,
			Map<String, Obligation> existing) {
		List<Violation> problems = new ArrayList<>();
		if (appliesFrom == null || appliesFrom.isBefore(campaign.startDate())
				|| appliesFrom.isAfter(campaign.endDate())) {
			problems.add(ImportedObligation.problem(0, "appliesFrom", "admin.error.appliesFrom", campaign.startDate(),
					campaign.endDate()));
		}
		if (lines.isEmpty()) {
			problems.add(ImportedObligation.problem(0, null, "admin.import.error.empty"));
		}
		var root = this.units.byCode(campaign.rootUnitCode());
		Map<String, UnitView> unitsInCampaign = this.units.within(UnitScope.of(root))
			.stream()
			.filter(scope::covers)
			.collect(Collectors.toMap(UnitView::code, u -> u));
		var knownCategories = TermsRules.categoryCodes(this.categories);
		Map<String, Integer> codes = new HashMap<>();
		Map<Integer, ImportedObligation> firstOfRow = new HashMap<>();
		Map<UnitLevel, BigDecimal> weights = new TreeMap<>();
		for (var line : lines) {
			int n = line.line();
			if (line.rowNumber() == null || line.rowNumber() <= 0) {
				problems.add(ImportedObligation.problem(n, "rowNumber", "admin.error.positive"));
			}
			else {
				var first = firstOfRow.putIfAbsent(line.rowNumber(), line);
				if (first != null && (!Objects.equals(first.category(), line.category())
						|| !Objects.equals(first.rowTitle(), line.rowTitle()))) {
					problems
						.add(ImportedObligation.problem(n, "rowTitle", "admin.import.error.rowDiffers", first.line()));
				}
			}
			if (line.category() == null || line.category().isBlank()) {
				problems.add(ImportedObligation.problem(n, "category", "admin.error.required"));
			}
			if (line.rowTitle() == null || line.rowTitle().isBlank()) {
				problems.add(ImportedObligation.problem(n, "rowTitle", "admin.error.required"));
			}
			if (line.level() == null) {
				problems.add(ImportedObligation.problem(n, "level", "admin.error.required"));
			}
			checkCode(problems, line, codes, existing);
			if (line.effectiveFrom() == null) {
				problems.add(ImportedObligation.problem(n, "effectiveFrom", "admin.error.required"));
			}
			else if (line.effectiveFrom().isBefore(campaign.startDate())
					|| line.effectiveFrom().isAfter(campaign.endDate())) {
				problems.add(ImportedObligation.problem(n, "effectiveFrom", "admin.error.withinCampaign",
						campaign.startDate(), campaign.endDate()));
			}
			if (line.effectiveTo() != null && line.effectiveFrom() != null
					&& !line.effectiveTo().isAfter(line.effectiveFrom())) {
				problems.add(ImportedObligation.problem(n, "effectiveTo", "admin.import.error.retiredBeforeStart"));
			}
			TermsRules.check(line.terms(), knownCategories)
				.forEach(v -> problems.add(ImportedObligation.problem(n, v.field(), v.code(), v.args().toArray())));
			var weight = line.terms().weight();
			if (weight == null || weight.signum() < 0 || weight.scale() > 2 || weight.compareTo(HUNDRED) > 0) {
				problems.add(ImportedObligation.problem(n, "weight", "admin.import.error.weight"));
			}
			else if (line.level() != null) {
				weights.merge(line.level(), weight, BigDecimal::add);
			}
			line.phases().forEach((unit, start) -> {
				var found = unitsInCampaign.get(unit);
				if (found == null) {
					problems.add(ImportedObligation.problem(n, "phases", "admin.import.error.unknownUnit", unit));
				}
				else if (line.level() != null && found.level() != line.level()) {
					problems.add(ImportedObligation.problem(n, "phases", "admin.import.error.unitLevel", unit));
				}
				else if (start.isBefore(campaign.startDate()) || start.isAfter(campaign.endDate())) {
					problems.add(ImportedObligation.problem(n, "phases", "admin.error.withinCampaign",
							campaign.startDate(), campaign.endDate()));
				}
			});
		}
		if (appliesFrom != null) {
			for (var line : lines) {
				var known = (line.code() != null) ? existing.get(line.code()) : null;
				if (known == null) {
					continue;
				}
				var latest = known.getVersions().get(known.getVersions().size() - 1);
				if (!latest.toTerms().fields().equals(line.terms().fields())) {
					if (appliesFrom.isBefore(latest.getValidFrom())) {
						problems.add(ImportedObligation.problem(line.line(), "code", "admin.import.error.beforeLatest",
								latest.getValidFrom()));
					}
					else if (known.getEffectiveTo() != null && !appliesFrom.isBefore(known.getEffectiveTo())) {
						problems.add(ImportedObligation.problem(line.line(), "code", "admin.error.afterRetirement",
								known.getEffectiveTo()));
					}
				}
			}
		}
		weights.forEach((level, sum) -> {
			if (sum.compareTo(HUNDRED) != 0) {
				problems.add(ImportedObligation.problem(0, "weight", "admin.import.error.weightSum", level.name(),
						sum.toPlainString()));
			}
		});
		return problems;
	}

	private static final Pattern CODE = Pattern.compile("([1-9][0-9]{0,3})\\.([RCX])\\.([1-9][0-9]{0,3})");

	private static void checkCode(List<Violation> problems, ImportedObligation line, Map<String, Integer> codes,
			Map<String, Obligation> existing) {
		int n = line.line();
		var matcher = (line.code() != null) ? CODE.matcher(line.code()) : null;
		if (matcher == null || !matcher.matches()) {
			problems.add(ImportedObligation.problem(n, "code", "admin.import.error.code"));
			return;
		}
		var earlier = codes.putIfAbsent(line.code(), n);
		if (earlier != null) {
			problems.add(ImportedObligation.problem(n, "code", "admin.import.error.duplicate", earlier));
		}
		if (line.rowNumber() != null && Integer.parseInt(matcher.group(1)) != line.rowNumber()) {
			problems.add(ImportedObligation.problem(n, "code", "admin.import.error.codeRow"));
		}
		if (line.level() != null && !NewObligations.letter(line.level()).equals(matcher.group(2))) {
			problems.add(ImportedObligation.problem(n, "code", "admin.import.error.codeLevel"));
		}
		var known = existing.get(line.code());
		if (known != null && line.rowNumber() != null && known.getTaskItem().getNumber() != line.rowNumber()) {
			problems.add(ImportedObligation.problem(n, "rowNumber", "admin.import.error.codeRow"));
		}
	}

}
