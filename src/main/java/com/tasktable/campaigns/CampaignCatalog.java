package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.compliance.DateRange;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns, task tables and the unit index, unscoped and kept in memory: callers apply
 * the reader's scope on top. Every entry is keyed by the {@link CatalogRevision catalog's
 * revision}, which the database moves with any change to what they are built from, so a
 * change made on another instance (or by plain SQL) is seen by the next request here. The
 * caches are bounded ({@code platform.CacheConfiguration}); a task table's day is clamped
 * to its campaign's dates, so the days a caller may ask for add no entries.
 * Administration also drops them at once ({@link #evictAll()}), which frees their memory.
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

	private final CatalogRevision revision;

	private final Cache campaignCache;

	private final Cache taskTableCache;

	private final Cache unitCache;

	CampaignCatalog(CampaignRepository campaigns, ObligationRepository obligations, Units units,
			CatalogRevision revision, CacheManager caches) {
		this.campaigns = campaigns;
		this.obligations = obligations;
		this.units = units;
		this.revision = revision;
		this.campaignCache = Objects.requireNonNull(caches.getCache(CAMPAIGNS));
		this.taskTableCache = Objects.requireNonNull(caches.getCache(TASK_TABLES));
		this.unitCache = Objects.requireNonNull(caches.getCache(UNIT_INDEX));
	}

	/** The catalog's revision this request reads its entries under. */
	long revision() {
		return this.revision.current();
	}

	/** Every campaign, newest first. */
	public List<CampaignView> all() {
		return this.campaignCache.get(new Key(this.revision.current(), "all"), () -> {
			var index = unitIndexById();
			return this.campaigns.findAllByOrderByStartDateDesc()
				.stream()
				.map(c -> c.toView(index.get(c.getRootUnitId()).code()))
				.toList();
		});
	}

	/**
	 * Every unit in tree order (parents before children, siblings in the sources' order),
	 * whatever the scope.
	 */
	public List<UnitView> unitTree() {
		return this.unitCache.get(new Key(this.revision.current(), "tree"), this.units::all);
	}

	/** Every unit by code, whatever the scope. */
	public Map<String, UnitView> unitIndex() {
		return this.unitCache.get(new Key(this.revision.current(), "all"),
				() -> this.units.all().stream().collect(Collectors.toMap(UnitView::code, Function.identity())));
	}

	/**
	 * A campaign's obligations in table order, each with the version in force on
	 * {@code asOf} (clamped to the campaign's dates: the versions in force before its
	 * start and after its end are those of its first and last days), phases of all units.
	 */
	public List<ObligationView> taskTable(CampaignView campaign, LocalDate asOf) {
		var day = campaign.clamp(asOf);
		return this.taskTableCache.get(new Key(this.revision.current(), campaign.id() + "@" + day), () -> {
			var unitCodes = unitIndexById();
			return this.obligations.findTaskTable(campaign.id())
				.stream()
				.map(o -> toView(o, campaign, day, unitCodes))
				.sorted(TABLE_ORDER)
				.toList();
		});
	}

	/**
	 * Drops every entry now (this instance's memory; the other instances see the new
	 * revision), and makes the current request read the revision again.
	 */
	public void evictAll() {
		this.revision.forget();
		this.campaignCache.clear();
		this.taskTableCache.clear();
		this.unitCache.clear();
	}

	private Map<Long, UnitView> unitIndexById() {
		return this.units.all().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
	}

	/** An entry: what it is, at a revision of the catalog. */
	private record Key(long revision, String what) {
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
