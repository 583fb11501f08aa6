package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.ImportedObligation.Problem;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an imported task table to a campaign, all or nothing. Every line is checked
 * first, and every problem is reported; only a file without one changes anything, in one
 * transaction. Rows are matched by number, obligations by code: a new one is added, one
 * whose terms differ gets a new version from {@code appliesFrom} (earlier periods keep
 * theirs), its weight and phase dates are set. Obligations not in the file are left as
 * they are. Weights must add up to 100 per level.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class TaskTableImports {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final CampaignRepository campaigns;

	private final TaskItemRepository rows;

	private final ObligationRepository obligations;

	private final CoverageCategoryRepository categories;

	private final TaskTemplates templates;

	private final Units units;

	private final AuditLog audit;

	private final Campaigns campaignReads;

	TaskTableImports(CampaignRepository campaigns, TaskItemRepository rows, ObligationRepository obligations,
			CoverageCategoryRepository categories, TaskTemplates templates, Units units, AuditLog audit,
			Campaigns campaignReads) {
		this.campaigns = campaigns;
		this.rows = rows;
		this.obligations = obligations;
		this.categories = categories;
		this.templates = templates;
		this.units = units;
		this.audit = audit;
		this.campaignReads = campaignReads;
	}

	@Transactional
	public ImportedObligation.Result apply(UnitScope scope, String actor, String campaignCode, LocalDate appliesFrom,
			List<ImportedObligation> lines) {
		return apply(scope, actor, campaignCode, appliesFrom, lines, done -> {
		});
	}

	/**
	 * The same, telling {@code progress} how many lines are applied so far (a large
	 * import's progress bar).
	 */
	@Transactional
	public ImportedObligation.Result apply(UnitScope scope, String actor, String campaignCode, LocalDate appliesFrom,
			List<ImportedObligation> lines, java.util.function.IntConsumer progress) {
		var view = this.templates.editableCampaign(scope, campaignCode);
		var campaign = this.campaigns.findById(view.id()).orElseThrow();
		var existing = this.obligations.findTaskTable(campaign.getId())
			.stream()
			.collect(Collectors.toMap(Obligation::getCode, o -> o));
		var problems = check(scope, view, appliesFrom, lines, existing);
		if (!problems.isEmpty()) {
			throw new ImportedObligation.RejectedException(problems);
		}
		var unitIds = this.units.all().stream().collect(Collectors.toMap(UnitView::code, UnitView::id));
		Map<Integer, TaskItem> rowsByNumber = new HashMap<>();
		this.rows.findByCampaignIdOrderByNumber(campaign.getId()).forEach(r -> rowsByNumber.put(r.getNumber(), r));
		int rowsCreated = 0;
		int rowsUpdated = 0;
		int created = 0;
		int revised = 0;
		int unchanged = 0;
		Set<Integer> seenRows = new HashSet<>();
		int applied = 0;
		for (var line : lines) {
			progress.accept(applied++);
			var row = rowsByNumber.get(line.rowNumber());
			if (row == null) {
				row = this.rows.save(new TaskItem(campaign.getId(), line.rowNumber(), line.category(),
						line.categoryEn(), line.rowTitle(), line.rowTitleEn()));
				rowsByNumber.put(line.rowNumber(), row);
				rowsCreated++;
			}
			else if (seenRows.add(line.rowNumber()) && (!row.getCategory().equals(line.category())
					|| !Objects.equals(row.getCategoryEn(), line.categoryEn())
					|| !row.getTitle().equals(line.rowTitle())
					|| !Objects.equals(row.getTitleEn(), line.rowTitleEn()))) {
				row.rename(line.category(), line.categoryEn(), line.rowTitle(), line.rowTitleEn());
				rowsUpdated++;
			}
			seenRows.add(line.rowNumber());
			Map<Long, LocalDate> phases = new HashMap<>();
			line.phases().forEach((unit, start) -> phases.put(unitIds.get(unit), start));
			var obligation = existing.get(line.code());
			if (obligation == null) {
				obligation = new Obligation(row, line.code(), line.level(), sequence(line.code()), line.effectiveFrom(),
						line.terms());
				if (line.effectiveTo() != null) {
					obligation.retire(line.effectiveTo());
				}
				obligation.replacePhases(phases);
				obligation.getEventDates().putAll(line.eventDates());
				this.obligations.save(obligation);
				created++;
				continue;
			}
			var latest = obligation.getVersions().get(obligation.getVersions().size() - 1);
			boolean changed = false;
			if (!latest.toTerms().fields().equals(line.terms().fields())) {
				obligation.revise(appliesFrom, line.terms()).setWeight(line.terms().weight());
				changed = true;
			}
			else if (latest.getWeight().compareTo(line.terms().weight()) != 0) {
				latest.setWeight(line.terms().weight());
				changed = true;
			}
			if (!obligation.getPhases().equals(phases)) {
				obligation.replacePhases(phases);
				changed = true;
			}
			if (!Objects.equals(obligation.getEffectiveTo(), line.effectiveTo())) {
				obligation.retire(line.effectiveTo());
				changed = true;
			}
			if (!obligation.getEventDates().equals(line.eventDates())) {
				obligation.getEventDates().clear();
				obligation.getEventDates().putAll(line.eventDates());
				changed = true;
			}
			if (changed) {
				revised++;
			}
			else {
				unchanged++;
			}
		}
		var result = new ImportedObligation.Result(rowsCreated, rowsUpdated, created, revised, unchanged);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("campaign", campaign.getCode());
		details.put("appliesFrom", appliesFrom.toString());
		details.put("lines", String.valueOf(lines.size()));
		details.put("after",
				Map.of("rowsCreated", String.valueOf(rowsCreated), "rowsUpdated", String.valueOf(rowsUpdated),
						"created", String.valueOf(created), "revised", String.valueOf(revised), "unchanged",
						String.valueOf(unchanged)));
		this.audit.record(actor, campaign.getRootUnitId(), "TASK_TABLE_IMPORTED", "campaign", campaign.getId(),
				details);
		this.campaignReads.evictCaches();
		return result;
	}

	/**
	 * Every problem of the lines as a whole (codes, rows, each kind's rules, units,
	 * dates, weights), without changing anything: what {@link #apply} refuses.
	 */
	public List<Problem> check(UnitScope scope, String campaignCode, LocalDate appliesFrom,
			List<ImportedObligation> lines) {
		var view = this.templates.editableCampaign(scope, campaignCode);
		var existing = this.obligations.findTaskTable(view.id())
			.stream()
			.collect(Collectors.toMap(Obligation::getCode, o -> o));
		return check(scope, view, appliesFrom, lines, existing);
	}

	private List<Problem> check(UnitScope scope, CampaignView campaign, LocalDate appliesFrom,
			List<ImportedObligation> lines, Map<String, Obligation> existing) {
		List<Problem> problems = new ArrayList<>();
		if (appliesFrom == null || appliesFrom.isBefore(campaign.startDate())
				|| appliesFrom.isAfter(campaign.endDate())) {
			problems
				.add(Problem.of(0, "appliesFrom", "admin.error.appliesFrom", campaign.startDate(), campaign.endDate()));
		}
		if (lines.isEmpty()) {
			problems.add(Problem.of(0, null, "admin.import.error.empty"));
		}
		var root = this.units.byCode(campaign.rootUnitCode());
		Map<String, UnitView> unitsInCampaign = this.units.within(UnitScope.of(root))
			.stream()
			.filter(scope::covers)
			.collect(Collectors.toMap(UnitView::code, u -> u));
		var knownCategories = this.categories.findAllByOrderBySortOrder()
			.stream()
			.map(c -> c.toView().code())
			.collect(Collectors.toSet());
		Map<String, Integer> codes = new HashMap<>();
		Map<Integer, ImportedObligation> firstOfRow = new HashMap<>();
		Map<UnitLevel, BigDecimal> weights = new TreeMap<>();
		for (var line : lines) {
			int n = line.line();
			if (line.rowNumber() == null || line.rowNumber() <= 0) {
				problems.add(Problem.of(n, "rowNumber", "admin.error.positive"));
			}
			else {
				var first = firstOfRow.putIfAbsent(line.rowNumber(), line);
				if (first != null && (!Objects.equals(first.category(), line.category())
						|| !Objects.equals(first.rowTitle(), line.rowTitle()))) {
					problems.add(Problem.of(n, "rowTitle", "admin.import.error.rowDiffers", first.line()));
				}
			}
			if (line.category() == null || line.category().isBlank()) {
				problems.add(Problem.of(n, "category", "admin.error.required"));
			}
			if (line.rowTitle() == null || line.rowTitle().isBlank()) {
				problems.add(Problem.of(n, "rowTitle", "admin.error.required"));
			}
			if (line.level() == null) {
				problems.add(Problem.of(n, "level", "admin.error.required"));
			}
			checkCode(problems, line, codes, existing);
			if (line.effectiveFrom() == null) {
				problems.add(Problem.of(n, "effectiveFrom", "admin.error.required"));
			}
			else if (line.effectiveFrom().isBefore(campaign.startDate())
					|| line.effectiveFrom().isAfter(campaign.endDate())) {
				problems.add(Problem.of(n, "effectiveFrom", "admin.error.withinCampaign", campaign.startDate(),
						campaign.endDate()));
			}
			if (line.effectiveTo() != null && line.effectiveFrom() != null
					&& !line.effectiveTo().isAfter(line.effectiveFrom())) {
				problems.add(Problem.of(n, "effectiveTo", "admin.import.error.retiredBeforeStart"));
			}
			TermsRules.check(line.terms(), knownCategories)
				.forEach(v -> problems.add(new Problem(n, v.field(), v.code(), v.args())));
			var weight = line.terms().weight();
			if (weight == null || weight.signum() < 0 || weight.scale() > 2 || weight.compareTo(HUNDRED) > 0) {
				problems.add(Problem.of(n, "weight", "admin.import.error.weight"));
			}
			else if (line.level() != null) {
				weights.merge(line.level(), weight, BigDecimal::add);
			}
			line.phases().forEach((unit, start) -> {
				var found = unitsInCampaign.get(unit);
				if (found == null) {
					problems.add(Problem.of(n, "phases", "admin.import.error.unknownUnit", unit));
				}
				else if (line.level() != null && found.level() != line.level()) {
					problems.add(Problem.of(n, "phases", "admin.import.error.unitLevel", unit));
				}
				else if (start.isBefore(campaign.startDate()) || start.isAfter(campaign.endDate())) {
					problems.add(Problem.of(n, "phases", "admin.error.withinCampaign", campaign.startDate(),
							campaign.endDate()));
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
						problems.add(Problem.of(line.line(), "code", "admin.import.error.beforeLatest",
								latest.getValidFrom()));
					}
					else if (known.getEffectiveTo() != null && !appliesFrom.isBefore(known.getEffectiveTo())) {
						problems.add(
								Problem.of(line.line(), "code", "admin.error.afterRetirement", known.getEffectiveTo()));
					}
				}
			}
		}
		weights.forEach((level, sum) -> {
			if (sum.compareTo(HUNDRED) != 0) {
				problems
					.add(Problem.of(0, "weight", "admin.import.error.weightSum", level.name(), sum.toPlainString()));
			}
		});
		return problems;
	}

	private static final Pattern CODE = Pattern.compile("([1-9][0-9]{0,3})\\.([RCX])\\.([1-9][0-9]{0,3})");

	private static void checkCode(List<Problem> problems, ImportedObligation line, Map<String, Integer> codes,
			Map<String, Obligation> existing) {
		int n = line.line();
		var matcher = (line.code() != null) ? CODE.matcher(line.code()) : null;
		if (matcher == null || !matcher.matches()) {
			problems.add(Problem.of(n, "code", "admin.import.error.code"));
			return;
		}
		var earlier = codes.putIfAbsent(line.code(), n);
		if (earlier != null) {
			problems.add(Problem.of(n, "code", "admin.import.error.duplicate", earlier));
		}
		if (line.rowNumber() != null && Integer.parseInt(matcher.group(1)) != line.rowNumber()) {
			problems.add(Problem.of(n, "code", "admin.import.error.codeRow"));
		}
		if (line.level() != null && !CampaignAdministration.letter(line.level()).equals(matcher.group(2))) {
			problems.add(Problem.of(n, "code", "admin.import.error.codeLevel"));
		}
		var known = existing.get(line.code());
		if (known != null && line.rowNumber() != null && known.getTaskItem().getNumber() != line.rowNumber()) {
			problems.add(Problem.of(n, "rowNumber", "admin.import.error.codeRow"));
		}
	}

	private static int sequence(String code) {
		return Integer.parseInt(code.substring(code.lastIndexOf('.') + 1));
	}

}
