package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.compliance.DateRange;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns, task tables and the unit index, unscoped and cached: they change only
 * through administration, which evicts them ({@link #evictAll()}). Callers apply the
 * reader's scope on top.
 */
@Component
@Transactional(readOnly = true)
class CampaignCatalog {

	static final String CAMPAIGNS = "campaigns";

	static final String TASK_TABLES = "task-tables";

	static final String UNIT_INDEX = "unit-index";

	private static final Comparator<ObligationView> TABLE_ORDER = Comparator.comparingInt(ObligationView::rowNumber)
		.thenComparing(ObligationView::level)
		.thenComparing(o -> Integer.parseInt(o.code().substring(o.code().lastIndexOf('.') + 1)));

	private final CampaignRepository campaigns;

	private final ObligationRepository obligations;

	private final Units units;

	CampaignCatalog(CampaignRepository campaigns, ObligationRepository obligations, Units units) {
		this.campaigns = campaigns;
		this.obligations = obligations;
		this.units = units;
	}

	/** Every campaign, newest first. */
	@Cacheable(cacheNames = CAMPAIGNS, key = "'all'")
	public List<CampaignView> all() {
		var index = unitIndexById();
		return this.campaigns.findAllByOrderByStartDateDesc()
			.stream()
			.map(c -> c.toView(index.get(c.getRootUnitId()).code()))
			.toList();
	}

	/**
	 * Every unit in tree order (parents before children, siblings in the sources' order),
	 * whatever the scope.
	 */
	@Cacheable(cacheNames = UNIT_INDEX, key = "'tree'")
	public List<UnitView> unitTree() {
		return this.units.all();
	}

	/** Every unit by code, whatever the scope. */
	@Cacheable(cacheNames = UNIT_INDEX, key = "'all'")
	public Map<String, UnitView> unitIndex() {
		return this.units.all().stream().collect(Collectors.toMap(UnitView::code, Function.identity()));
	}

	/**
	 * A campaign's obligations in table order, each with the version in force on
	 * {@code asOf}, phases of all units.
	 */
	@Cacheable(cacheNames = TASK_TABLES, key = "#campaign.id() + '@' + #asOf")
	public List<ObligationView> taskTable(CampaignView campaign, LocalDate asOf) {
		var unitCodes = unitIndexById();
		return this.obligations.findTaskTable(campaign.id())
			.stream()
			.map(o -> toView(o, campaign, asOf, unitCodes))
			.sorted(TABLE_ORDER)
			.toList();
	}

	@CacheEvict(cacheNames = { CAMPAIGNS, TASK_TABLES, UNIT_INDEX }, allEntries = true)
	public void evictAll() {
	}

	private Map<Long, UnitView> unitIndexById() {
		return this.units.all().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
	}

	static ObligationView toView(Obligation o, CampaignView campaign, LocalDate asOf, Map<Long, UnitView> unitsById) {
		var row = o.getTaskItem();
		Map<String, LocalDate> phases = o.getPhases()
			.entrySet()
			.stream()
			.filter(e -> unitsById.containsKey(e.getKey()))
			.sorted(Map.Entry.comparingByValue())
			.collect(Collectors.toMap(e -> unitsById.get(e.getKey()).code(), Map.Entry::getValue, (a, b) -> a,
					LinkedHashMap::new));
		return new ObligationView(o.getId(), o.getCampaignId(), o.getCode(), o.getShortNames().shortName(),
				o.getShortNames().shortNameEn(), o.getLevel(), row.getNumber(), row.getCategory(), row.getCategoryEn(),
				row.getTitle(), row.getTitleEn(), o.getEffectiveFrom(), o.getEffectiveTo(), o.versionOn(asOf).toTerms(),
				o.getVersions().stream().map(ObligationVersion::toTerms).toList(), phases,
				new TreeMap<>(o.getEventDates()), new DateRange(campaign.startDate(), campaign.endDate()));
	}

}
