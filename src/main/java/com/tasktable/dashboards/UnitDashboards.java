package com.tasktable.dashboards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's current periods, judged by the engine: what the city dashboard and a
 * reporter's home show.
 */
@Service
@Transactional(readOnly = true)
public class UnitDashboards {

	private final Campaigns campaigns;

	private final FactSheets sheets;

	private final Clock clock;

	private final ComplianceProperties compliance;

	UnitDashboards(Campaigns campaigns, FactSheets sheets, Clock clock, ComplianceProperties compliance) {
		this.compliance = compliance;
		this.campaigns = campaigns;
		this.sheets = sheets;
		this.clock = clock;
	}

	/**
	 * Every obligation of the unit's level in the period holding today, in table order.
	 */
	public List<DueNow> dueNow(UnitScope scope, UnitView unit, CampaignView campaign) {
		var today = campaign.today(this.clock);
		var engine = new ComplianceEngine(this.compliance.settings(campaign.lateAfterDays()));
		var obligations = this.campaigns.taskTable(scope, campaign.code(), campaign.clamp(today))
			.stream()
			.filter(o -> o.level() == unit.level())
			.toList();
		var to = campaign.clamp(today);
		var sheet = this.sheets.load(UnitScope.of(unit), campaign, obligations, campaign.startDate(), to);
		List<DueNow> due = new ArrayList<>();
		for (var obligation : obligations) {
			var subject = sheet.subject(obligation, unit);
			engine.evaluateOn(subject, campaign.clamp(today), today)
				.ifPresent(e -> due.add(new DueNow(obligation, e, today)));
		}
		return due;
	}

}
