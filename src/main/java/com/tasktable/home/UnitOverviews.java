package com.tasktable.home;

import java.time.Clock;
import java.util.List;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.dashboards.ComplianceMatrices;
import com.tasktable.dashboards.UnitDashboards;
import com.tasktable.records.Records;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.stereotype.Service;

/** Builds a unit's overview from the engine's judgement of its current periods. */
@Service
class UnitOverviews {

	private final Units units;

	private final Campaigns campaigns;

	private final Records records;

	private final UnitDashboards dashboards;

	private final ComplianceMatrices matrices;

	private final Clock clock;

	UnitOverviews(Units units, Campaigns campaigns, Records records, UnitDashboards dashboards,
			ComplianceMatrices matrices, Clock clock) {
		this.units = units;
		this.campaigns = campaigns;
		this.records = records;
		this.dashboards = dashboards;
		this.matrices = matrices;
		this.clock = clock;
	}

	UnitOverview overview(UnitScope scope, String unitCode) {
		var unit = this.units.get(scope, unitCode);
		var children = this.units.childrenOf(scope, unit);
		var recent = this.records.recent(scope, unitCode, 10);
		var campaign = this.campaigns.running(scope, this.clock).orElse(null);
		if (campaign == null) {
			return new UnitOverview(unit, null, null, List.of(), recent, children, null);
		}
		var due = this.dashboards.dueNow(scope, unit, campaign);
		var below = children.isEmpty() ? null : this.matrices.matrix(UnitScope.of(unit), campaign.code(),
				this.matrices.defaultQuarter(campaign), o -> o.level() != unit.level());
		return new UnitOverview(unit, campaign, campaign.today(this.clock), due, recent, children, below);
	}

}
