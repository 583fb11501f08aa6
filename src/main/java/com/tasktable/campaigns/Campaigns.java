package com.tasktable.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditLog;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads campaigns and their task tables within a unit scope; copies a campaign to other
 * years.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

	private static final Comparator<ObligationView> TABLE_ORDER = Comparator.comparingInt(ObligationView::rowNumber)
		.thenComparing(ObligationView::level)
		.thenComparing(o -> Integer.parseInt(o.code().substring(o.code().lastIndexOf('.') + 1)));

	private final CampaignRepository campaigns;

	private final TaskItemRepository taskItems;

	private final ObligationRepository obligations;

	private final Units units;

	private final AuditLog audit;

	private final Clock clock;

	private final CoverageCategoryRepository categories;

	Campaigns(CampaignRepository campaigns, TaskItemRepository taskItems, ObligationRepository obligations, Units units,
			AuditLog audit, Clock clock, CoverageCategoryRepository categories) {
		this.clock = clock;
		this.categories = categories;
		this.campaigns = campaigns;
		this.taskItems = taskItems;
		this.obligations = obligations;
		this.units = units;
		this.audit = audit;
	}

	/**
	 * Campaigns the scope takes part in: run by the scope's unit or by a unit above it,
	 * newest first.
	 */
	public List<CampaignView> visibleTo(UnitScope scope) {
		return this.campaigns.findAllByOrderByStartDateDesc()
			.stream()
			.map(this::toView)
			.filter(c -> takesPart(scope, c))
			.toList();
	}

	public CampaignView get(UnitScope scope, String code) {
		return this.campaigns.findByCode(code)
			.map(this::toView)
			.filter(c -> takesPart(scope, c))
			.orElseThrow(() -> new CampaignNotFoundException(code));
	}

	/** The campaign running now (in its own time zone) that started last, if any. */
	public Optional<CampaignView> running(UnitScope scope, Clock clock) {
		return visibleTo(scope).stream().filter(c -> c.isRunningOn(c.today(clock))).findFirst();
	}

	/**
	 * The task table of a campaign with, for each obligation, the version in force on
	 * {@code asOf}; phase dates only for units inside the scope.
	 */
	public List<ObligationView> taskTable(UnitScope scope, String campaignCode, LocalDate asOf) {
		var campaign = get(scope, campaignCode);
		Map<Long, String> visibleUnits = this.units.within(scope)
			.stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::code));
		return this.obligations.findTaskTable(campaign.id())
			.stream()
			.map(o -> toView(o, asOf, visibleUnits))
			.sorted(TABLE_ORDER)
			.toList();
	}

	/**
	 * One obligation with all its versions, if its campaign is visible to the scope;
	 * otherwise "not found".
	 */
	public ObligationView obligation(UnitScope scope, Long id) {
		var obligation = this.obligations.findWithVersions(id)
			.orElseThrow(() -> new CampaignNotFoundException("obligation #" + id));
		return toVisibleView(scope, obligation);
	}

	/** One obligation of a campaign by its code ({@code 1.C.1}). */
	public ObligationView obligation(UnitScope scope, String campaignCode, String code) {
		var campaign = get(scope, campaignCode);
		var obligation = this.obligations.findWithVersions(campaign.id(), code)
			.orElseThrow(() -> new CampaignNotFoundException(campaignCode + "/" + code));
		return toVisibleView(scope, obligation);
	}

	/** The campaign with this id, if the scope takes part in it. */
	public CampaignView get(UnitScope scope, Long id) {
		return this.campaigns.findById(id)
			.map(this::toView)
			.filter(c -> takesPart(scope, c))
			.orElseThrow(() -> new CampaignNotFoundException("#" + id));
	}

	private ObligationView toVisibleView(UnitScope scope, Obligation obligation) {
		var campaign = get(scope, obligation.getCampaignId());
		Map<Long, String> visibleUnits = this.units.within(scope)
			.stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::code));
		return toView(obligation, campaign.clamp(campaign.today(this.clock)), visibleUnits);
	}

	/**
	 * Copies a campaign's rows, obligations, versions and weights to a new campaign whose
	 * dates are shifted by whole years.
	 * @param keepPhases whether per-unit phase dates come along (shifted too)
	 */
	@Transactional
	public CampaignView copy(String sourceCode, String newCode, String newName, String newNameEn, int years,
			boolean keepPhases, String actor) {
		var source = this.campaigns.findByCode(sourceCode).orElseThrow(() -> new CampaignNotFoundException(sourceCode));
		var target = this.campaigns.save(source.copy(newCode, newName, newNameEn, years));
		Map<Long, TaskItem> rows = new HashMap<>();
		for (var item : this.taskItems.findByCampaignIdOrderByNumber(source.getId())) {
			rows.put(item.getId(), this.taskItems.save(item.copyTo(target.getId())));
		}
		for (var obligation : this.obligations.findTaskTable(source.getId())) {
			var row = rows.get(obligation.getTaskItem().getId());
			this.obligations.save(obligation.copyTo(target.getId(), row, years, keepPhases));
		}
		this.audit.record(actor, target.getRootUnitId(), "CAMPAIGN_COPIED", "campaign", target.getId(),
				Map.of("from", sourceCode, "code", newCode, "years", years, "keepPhases", keepPhases));
		return toView(target);
	}

	/** Every coverage category, in display order. */
	public List<CategoryView> coverageCategories() {
		return this.categories.findAllByOrderBySortOrder().stream().map(CoverageCategory::toView).toList();
	}

	public boolean exists(String code) {
		return this.campaigns.existsByCode(code);
	}

	private boolean takesPart(UnitScope scope, CampaignView campaign) {
		var root = this.units.byCode(campaign.rootUnitCode());
		return scope.path().startsWith(root.path()) || scope.covers(root);
	}

	private CampaignView toView(Campaign campaign) {
		return campaign.toView(this.units.byId(campaign.getRootUnitId()).code());
	}

	private static ObligationView toView(Obligation o, LocalDate asOf, Map<Long, String> visibleUnits) {
		var row = o.getTaskItem();
		Map<String, LocalDate> phases = o.getPhases()
			.entrySet()
			.stream()
			.filter(e -> visibleUnits.containsKey(e.getKey()))
			.sorted(Map.Entry.comparingByValue())
			.collect(Collectors.toMap(e -> visibleUnits.get(e.getKey()), Map.Entry::getValue, (a, b) -> a,
					LinkedHashMap::new));
		return new ObligationView(o.getId(), o.getCampaignId(), o.getCode(), o.getLevel(), row.getNumber(),
				row.getCategory(), row.getCategoryEn(), row.getTitle(), row.getTitleEn(), o.getEffectiveFrom(),
				o.getEffectiveTo(), o.versionOn(asOf).toTerms(),
				o.getVersions().stream().map(ObligationVersion::toTerms).toList(), phases,
				new java.util.TreeMap<>(o.getEventDates()));
	}

}
