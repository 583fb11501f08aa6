package com.tasktable.campaigns;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What the template services share about one obligation: its page (history and phase
 * dates), its view as of today, the lock version check, and what follows a change (the
 * version bumped, the caches dropped).
 */
@Component
class ObligationDetails {

	private final Campaigns campaigns;

	private final Units units;

	private final EntityManager entityManager;

	private final Clock clock;

	ObligationDetails(Campaigns campaigns, Units units, EntityManager entityManager, Clock clock) {
		this.campaigns = campaigns;
		this.units = units;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	ObligationView view(CampaignView campaign, Obligation obligation) {
		var unitsById = this.units.all().stream().collect(Collectors.toMap(UnitView::id, u -> u));
		return CampaignCatalog.toView(obligation, campaign, campaign.clamp(campaign.today(this.clock)), unitsById);
	}

	ObligationDetail detail(UnitScope scope, Obligation obligation) {
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		var phases = phaseUnits(scope, campaign, obligation).stream()
			.map(u -> new ObligationDetail.UnitPhase(u, obligation.getPhases().get(u.id())))
			.toList();
		return new ObligationDetail(view(campaign, obligation), campaign, obligation.getVersion(), phases);
	}

	/**
	 * After a change: versions are a collection the obligation does not own, so the
	 * change is counted on the obligation; the cached task tables are dropped.
	 */
	ObligationDetail changed(UnitScope scope, Obligation obligation) {
		this.entityManager.lock(obligation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.entityManager.flush();
		this.campaigns.evictCaches();
		return detail(scope, obligation);
	}

	/**
	 * The units at the obligation's level in the campaign and the administrator's scope.
	 */
	List<UnitView> phaseUnits(UnitScope scope, CampaignView campaign, Obligation obligation) {
		var root = this.units.byCode(campaign.rootUnitCode());
		return this.units.within(UnitScope.of(root))
			.stream()
			.filter(u -> u.level() == obligation.getLevel() && scope.covers(u))
			.toList();
	}

	/**
	 * A change made from a page older than the last saved change is refused: the caller
	 * shows what changed since.
	 */
	static void checkVersion(Obligation obligation, long expected) {
		if (obligation.getVersion() != expected) {
			throw new ObjectOptimisticLockingFailureException(Obligation.class, obligation.getId());
		}
	}

}
