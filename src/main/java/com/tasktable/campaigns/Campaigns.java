package com.tasktable.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads campaigns and their task tables within a unit scope. Copying a campaign is the
 * administrator's clone ({@link CampaignCloning}).
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

	private final CampaignRepository campaigns;

	private final ObligationRepository obligations;

	private final Clock clock;

	private final CoverageCategoryRepository categories;

	private final CampaignCatalog catalog;

	Campaigns(CampaignRepository campaigns, ObligationRepository obligations, Clock clock,
			CoverageCategoryRepository categories, CampaignCatalog catalog) {
		this.catalog = catalog;
		this.clock = clock;
		this.categories = categories;
		this.campaigns = campaigns;
		this.obligations = obligations;
	}

	/**
	 * Campaigns the scope takes part in: run by the scope's unit or by a unit above it,
	 * newest first.
	 */
	public List<CampaignView> visibleTo(UnitScope scope) {
		return this.catalog.all().stream().filter(c -> takesPart(scope, c)).toList();
	}

	public CampaignView get(UnitScope scope, String code) {
		return visibleTo(scope).stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new CampaignNotFoundException(code));
	}

	/** The campaign running now (in its own time zone) that started last, if any. */
	public Optional<CampaignView> running(UnitScope scope, Clock clock) {
		return visibleTo(scope).stream().filter(c -> c.isRunningOn(c.today(clock))).findFirst();
	}

	/**
	 * The task table of a campaign with, for each obligation, the version in force on
	 * {@code asOf}; phase dates only for units inside the scope. Served from the
	 * catalog's cache: no SQL once warm.
	 */
	public List<ObligationView> taskTable(UnitScope scope, String campaignCode, LocalDate asOf) {
		var campaign = get(scope, campaignCode);
		var index = this.catalog.unitIndex();
		return this.catalog.taskTable(campaign, asOf)
			.stream()
			.map(o -> o.withPhasesOf(code -> index.containsKey(code) && scope.covers(index.get(code))))
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
		return visibleTo(scope).stream()
			.filter(c -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new CampaignNotFoundException("#" + id));
	}

	private ObligationView toVisibleView(UnitScope scope, Obligation obligation) {
		var campaign = get(scope, obligation.getCampaignId());
		var index = this.catalog.unitIndex();
		return CampaignCatalog
			.toView(obligation, campaign, campaign.clamp(campaign.today(this.clock)),
					index.values().stream().collect(Collectors.toMap(UnitView::id, u -> u)))
			.withPhasesOf(code -> index.containsKey(code) && scope.covers(index.get(code)));
	}

	/**
	 * The units inside the scope in tree order, from the cached unit tree (no statement
	 * once warm): a subtree is a contiguous run of the tree's depth-first order.
	 */
	public List<UnitView> unitsWithin(UnitScope scope) {
		return this.catalog.unitTree().stream().filter(scope::covers).toList();
	}

	/** Every coverage category, in display order. */
	public List<CategoryView> coverageCategories() {
		return this.categories.findAllByOrderBySortOrder().stream().map(CoverageCategory::toView).toList();
	}

	public boolean exists(String code) {
		return this.campaigns.existsByCode(code);
	}

	/**
	 * The revision of the campaigns, task tables and unit tree this request reads (the
	 * catalog's, read once per request): whatever is computed from them and kept should
	 * be kept under it too, since the catalog of a request that began before a change
	 * committed is the one from before.
	 */
	public long catalogRevision() {
		return this.catalog.revision();
	}

	/**
	 * Drops this instance's cached campaigns, task tables and unit index, after an
	 * administrator changed one of them: now, and again once the change commits or rolls
	 * back, so that nothing read in between stays. Other instances need no call: the
	 * change moved the catalog's revision, under which every entry is kept.
	 */
	public void evictCaches() {
		this.catalog.evictAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					Campaigns.this.catalog.evictAll();
				}
			});
		}
	}

	private boolean takesPart(UnitScope scope, CampaignView campaign) {
		var root = this.catalog.unitIndex().get(campaign.rootUnitCode());
		return root != null && (scope.path().startsWith(root.path()) || scope.covers(root));
	}

}
