package com.tasktable.campaigns;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.TemplateRejectedException.Violation;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns as administrators create, edit and clone them, with their rows and new
 * obligations. Every change is audited with its before and after values and drops the
 * cached campaigns and task tables.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class CampaignAdministration {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private final CampaignRepository campaigns;

	private final TaskItemRepository rows;

	private final ObligationRepository obligations;

	private final CoverageCategoryRepository categories;

	private final TaskTemplates templates;

	private final Units units;

	private final AuditLog audit;

	private final Campaigns campaignReads;

	CampaignAdministration(CampaignRepository campaigns, TaskItemRepository rows, ObligationRepository obligations,
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

	/** The lock version of a campaign the administrator may change. */
	public long version(UnitScope scope, String code) {
		return load(scope, code).getVersion();
	}

	/** The rows of a campaign the administrator may change, in order. */
	public List<TaskRowView> rows(UnitScope scope, String code) {
		var campaign = load(scope, code);
		return this.rows.findByCampaignIdOrderByNumber(campaign.getId()).stream().map(TaskItem::toView).toList();
	}

	public TaskRowView row(UnitScope scope, Long id) {
		return loadRow(scope, id).toView();
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
		var root = check(scope, draft, violations);
		reject(violations);
		var campaign = new Campaign(code, draft.name().trim(), blank(draft.nameEn()), root.id(), draft.startDate(),
				draft.endDate(), draft.timeZone().trim());
		campaign.update(draft.name().trim(), blank(draft.nameEn()), root.id(), draft.startDate(), draft.endDate(),
				draft.timeZone().trim(), draft.lateAfterDays(), draft.lockAfterDays(),
				draft.bulletinNumberPattern().strip());
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
		var campaign = load(scope, code);
		if (campaign.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Campaign.class, campaign.getId());
		}
		List<Violation> violations = new ArrayList<>();
		var root = check(scope, draft, violations);
		reject(violations);
		var before = campaign.auditFields();
		campaign.update(draft.name().trim(), blank(draft.nameEn()), root.id(), draft.startDate(), draft.endDate(),
				draft.timeZone().trim(), draft.lateAfterDays(), draft.lockAfterDays(),
				draft.bulletinNumberPattern().strip());
		record(actor, root.id(), "CAMPAIGN_UPDATED", "campaign", campaign.getId(), before, campaign.auditFields());
		this.campaignReads.evictCaches();
	}

	/**
	 * A new campaign from an existing one: its rows and obligations with the terms and
	 * weights in force at the source's end, every date moved by the whole years between
	 * the two start dates, the phase dates of the chosen units only. Obligations retired
	 * before the source ended are left behind; movable days' dates are not copied (they
	 * differ every year).
	 * @param keepPhasesOf codes of the units whose phase dates come along
	 */
	@Transactional
	public CampaignView cloneCampaign(UnitScope scope, String actor, String sourceCode, CampaignDraft draft,
			Set<String> keepPhasesOf) {
		var source = load(scope, sourceCode);
		var created = create(scope, actor,
				new CampaignDraft(draft.code(), draft.name(), draft.nameEn(),
						this.units.byId(source.getRootUnitId()).code(), draft.startDate(), draft.endDate(),
						source.toView("").timeZone().getId(), source.toView("").lateAfterDays(),
						source.toView("").lockAfterDays(), source.toView("").bulletinNumberPattern()));
		int years = draft.startDate().getYear() - source.getStartDate().getYear();
		var keepIds = new java.util.HashSet<Long>();
		for (var unit : this.units.all()) {
			if (keepPhasesOf.contains(unit.code())) {
				keepIds.add(unit.id());
			}
		}
		Map<Long, TaskItem> newRows = new HashMap<>();
		for (var item : this.rows.findByCampaignIdOrderByNumber(source.getId())) {
			newRows.put(item.getId(), this.rows.save(item.copyTo(created.id())));
		}
		int copied = 0;
		for (var obligation : this.obligations.findTaskTable(source.getId())) {
			if (obligation.getEffectiveTo() != null && !obligation.getEffectiveTo().isAfter(source.getEndDate())) {
				continue;
			}
			var copy = obligation.cloneTo(created.id(), newRows.get(obligation.getTaskItem().getId()), years,
					created.startDate(), created.endDate(), source.getEndDate(), keepIds::contains);
			if (copy != null) {
				this.obligations.save(copy);
				copied++;
			}
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", sourceCode);
		details.put("code", created.code());
		details.put("years", String.valueOf(years));
		details.put("obligations", String.valueOf(copied));
		details.put("keepPhasesOf", new java.util.TreeSet<>(keepPhasesOf).toString());
		this.audit.record(actor, this.units.byId(source.getRootUnitId()).id(), "CAMPAIGN_CLONED", "campaign",
				created.id(), details);
		this.campaignReads.evictCaches();
		return created;
	}

	@Transactional
	public TaskRowView addRow(UnitScope scope, String actor, String campaignCode, TaskRowDraft draft) {
		var campaign = load(scope, campaignCode);
		List<Violation> violations = new ArrayList<>();
		checkRow(draft, violations);
		if (draft.number() != null && this.rows.existsByCampaignIdAndNumber(campaign.getId(), draft.number())) {
			violations.add(Violation.of("number", "admin.row.error.taken"));
		}
		reject(violations);
		var row = this.rows.save(new TaskItem(campaign.getId(), draft.number(), draft.category().trim(),
				blank(draft.categoryEn()), draft.title().trim(), blank(draft.titleEn())));
		record(actor, campaign.getRootUnitId(), "TASK_ROW_CREATED", "task_item", row.getId(), Map.of(), rowFields(row));
		this.campaignReads.evictCaches();
		return row.toView();
	}

	@Transactional
	public void updateRow(UnitScope scope, String actor, Long id, long expectedVersion, TaskRowDraft draft) {
		var row = loadRow(scope, id);
		if (row.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(TaskItem.class, id);
		}
		List<Violation> violations = new ArrayList<>();
		checkRow(draft, violations);
		if (draft.number() != null && draft.number() != row.getNumber()
				&& this.rows.existsByCampaignIdAndNumber(row.getCampaignId(), draft.number())) {
			violations.add(Violation.of("number", "admin.row.error.taken"));
		}
		reject(violations);
		var before = rowFields(row);
		row.renumber(draft.number());
		row.rename(draft.category().trim(), blank(draft.categoryEn()), draft.title().trim(), blank(draft.titleEn()));
		var campaign = this.campaigns.findById(row.getCampaignId()).orElseThrow();
		record(actor, campaign.getRootUnitId(), "TASK_ROW_UPDATED", "task_item", id, before, rowFields(row));
		this.campaignReads.evictCaches();
	}

	/**
	 * A new obligation of a row at a level, coded {@code <row>.<R|C|X>.<n>}, asking
	 * {@code terms} from {@code terms.validFrom()} on, with weight 0 until weights are
	 * set.
	 */
	@Transactional
	public Long addObligation(UnitScope scope, String actor, Long rowId, UnitLevel level, ObligationTerms terms) {
		var row = loadRow(scope, rowId);
		var campaign = this.campaigns.findById(row.getCampaignId()).orElseThrow();
		List<Violation> violations = new ArrayList<>(TermsRules.check(terms, categoryCodes()));
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
		reject(violations);
		int sequence = this.obligations.maxSequence(rowId, level) + 1;
		var code = row.getNumber() + "." + letter(level) + "." + sequence;
		var withWeight = new ObligationTerms(from, null, terms.title(), terms.titleEn(), terms.text(), terms.textEn(),
				terms.kind(), terms.frequency(), terms.minCount(), terms.maxCount(), terms.yearlyTarget(),
				terms.deadline(), terms.deadlineMonth(), terms.deadlineDay(), terms.eventMonth(), terms.eventDay(),
				terms.windowDaysBefore(), terms.windowDaysAfter(), terms.metricTarget(), terms.metricUnit(),
				terms.coverageCategories(), java.math.BigDecimal.ZERO, terms.scoreMode());
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

	static String letter(UnitLevel level) {
		return switch (level) {
			case REGION -> "R";
			case CITY -> "C";
			case COUNTY -> "X";
		};
	}

	private UnitView check(UnitScope scope, CampaignDraft draft, List<Violation> violations) {
		if (draft.name() == null || draft.name().isBlank()) {
			violations.add(Violation.of("name", "admin.error.required"));
		}
		else if (draft.name().length() > 300) {
			violations.add(Violation.of("name", "admin.error.tooLong", 300));
		}
		if (draft.nameEn() != null && draft.nameEn().length() > 300) {
			violations.add(Violation.of("nameEn", "admin.error.tooLong", 300));
		}
		if (draft.startDate() == null) {
			violations.add(Violation.of("startDate", "admin.error.required"));
		}
		if (draft.endDate() == null) {
			violations.add(Violation.of("endDate", "admin.error.required"));
		}
		else if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
			violations.add(Violation.of("endDate", "admin.campaign.error.endBeforeStart"));
		}
		try {
			ZoneId.of((draft.timeZone() != null) ? draft.timeZone().trim() : "");
		}
		catch (DateTimeException ex) {
			violations.add(Violation.of("timeZone", "admin.campaign.error.timeZone"));
		}
		if (draft.lateAfterDays() == null || draft.lateAfterDays() < 0) {
			violations.add(Violation.of("lateAfterDays", "admin.error.negative"));
		}
		if (draft.lockAfterDays() == null || draft.lockAfterDays() < 0) {
			violations.add(Violation.of("lockAfterDays", "admin.error.negative"));
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

	private static void checkRow(TaskRowDraft draft, List<Violation> violations) {
		if (draft.number() == null || draft.number() <= 0) {
			violations.add(Violation.of("number", "admin.error.positive"));
		}
		if (draft.category() == null || draft.category().isBlank()) {
			violations.add(Violation.of("category", "admin.error.required"));
		}
		if (draft.title() == null || draft.title().isBlank()) {
			violations.add(Violation.of("title", "admin.error.required"));
		}
		for (var text : List.of(String.valueOf(draft.category()), String.valueOf(draft.title()),
				String.valueOf(draft.categoryEn()), String.valueOf(draft.titleEn()))) {
			if (text.length() > 200) {
				violations.add(Violation.of(null, "admin.error.tooLong", 200));
				break;
			}
		}
	}

	private static Map<String, String> rowFields(TaskItem row) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("number", String.valueOf(row.getNumber()));
		fields.put("category", row.getCategory());
		fields.put("categoryEn", java.util.Objects.toString(row.getCategoryEn(), ""));
		fields.put("title", row.getTitle());
		fields.put("titleEn", java.util.Objects.toString(row.getTitleEn(), ""));
		return fields;
	}

	private void record(String actor, Long unitId, String action, String type, Long id, Map<String, String> before,
			Map<String, String> after) {
		var changes = ObligationTerms.changes(before, after);
		Map<String, String> was = new LinkedHashMap<>();
		Map<String, String> now = new LinkedHashMap<>();
		changes.forEach((field, values) -> {
			was.put(field, values.get(0));
			now.put(field, values.get(1));
		});
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", was);
		details.put("after", now);
		this.audit.record(actor, unitId, action, type, id, details);
	}

	private Campaign load(UnitScope scope, String code) {
		var view = this.templates.editableCampaign(scope, code);
		return this.campaigns.findById(view.id()).orElseThrow(() -> new CampaignNotFoundException(code));
	}

	private TaskItem loadRow(UnitScope scope, Long id) {
		var row = this.rows.findById(id).orElseThrow(() -> new CampaignNotFoundException("row #" + id));
		var campaign = this.campaigns.findById(row.getCampaignId()).orElseThrow();
		load(scope, campaign.getCode());
		return row;
	}

	private java.util.Set<String> categoryCodes() {
		return new java.util.HashSet<>(
				this.categories.findAllByOrderBySortOrder().stream().map(c -> c.toView().code()).toList());
	}

	private static void reject(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new TemplateRejectedException(violations);
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
