package com.tasktable.dashboards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.ComplianceSettings;
import com.tasktable.compliance.DirectiveFact;
import com.tasktable.compliance.RecordFact;
import com.tasktable.directives.DirectiveFacts;
import com.tasktable.records.RecordFacts;
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

	private final RecordFacts facts;

	private final DirectiveFacts directives;

	private final Clock clock;

	UnitDashboards(Campaigns campaigns, RecordFacts facts, DirectiveFacts directives, Clock clock) {
		this.campaigns = campaigns;
		this.facts = facts;
		this.directives = directives;
		this.clock = clock;
	}

	/**
	 * Every obligation of the unit's level in the period holding today, in table order.
	 */
	public List<DueNow> dueNow(UnitScope scope, UnitView unit, CampaignView campaign) {
		var today = campaign.today(this.clock);
		var engine = new ComplianceEngine(ComplianceSettings.lateAfter(campaign.lateAfterDays()));
		var obligations = this.campaigns.taskTable(scope, campaign.code(), campaign.clamp(today))
			.stream()
			.filter(o -> o.level() == unit.level())
			.toList();
		Map<Long, List<RecordFact>> byObligation = new HashMap<>();
		var to = campaign.clamp(today);
		for (var record : this.facts.within(UnitScope.of(unit), obligations.stream().map(o -> o.id()).toList(),
				campaign.startDate(), to, campaign.timeZone())) {
			if (record.unitId() == unit.id()) {
				byObligation.computeIfAbsent(record.obligationId(), k -> new ArrayList<>())
					.add(ComplianceMatrices.toFact(record));
			}
		}
		Map<Long, List<DirectiveFact>> assigned = new HashMap<>();
		for (var a : this.directives.within(UnitScope.of(unit), campaign.id(), campaign.timeZone())) {
			if (a.unitId() == unit.id()) {
				assigned.computeIfAbsent(a.obligationId(), k -> new ArrayList<>())
					.add(new DirectiveFact(a.deadline(), a.doneOn()));
			}
		}
		List<DueNow> due = new ArrayList<>();
		for (var obligation : obligations) {
			var subject = ComplianceMatrices.subject(obligation, unit,
					byObligation.getOrDefault(obligation.id(), List.of()),
					assigned.getOrDefault(obligation.id(), List.of()));
			engine.evaluateOn(subject, campaign.clamp(today), today)
				.ifPresent(e -> due.add(new DueNow(obligation, e, today)));
		}
		return due;
	}

}
