package com.tasktable.dashboards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.Compliance;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.UnitObligation;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each unit's compliance per quarter over the whole campaign, and over the campaign so
 * far, from the same engine as the matrix: the units directly below the reader's unit,
 * against their level's obligations, and their average. Three statements whatever the
 * number of units: units, records (with exemptions and ratings) and directive
 * assignments, so a trend reads the same facts as the matrix.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceTrends {

	private final Campaigns campaigns;

	private final Units units;

	private final FactSheets sheets;

	private final Clock clock;

	private final ComplianceProperties compliance;

	ComplianceTrends(Campaigns campaigns, Units units, FactSheets sheets, Clock clock,
			ComplianceProperties compliance) {
		this.compliance = compliance;
		this.campaigns = campaigns;
		this.units = units;
		this.sheets = sheets;
		this.clock = clock;
	}

	public Trends trends(UnitScope scope, String campaignCode) {
		var campaign = this.campaigns.get(scope, campaignCode);
		var today = campaign.today(this.clock);
		var engine = new ComplianceEngine(this.compliance.settings(campaign.lateAfterDays()));
		var all = this.units.within(scope);
		var below = all.stream().filter(u -> scope.unitId().equals(u.parentId())).toList();
		var shown = below.isEmpty() ? all.subList(0, 1) : below;
		var level = shown.get(0).level();
		var obligations = this.campaigns.taskTable(scope, campaignCode, campaign.clamp(today))
			.stream()
			.filter(o -> o.level() == level)
			.toList();
		List<Period> quarters = new ArrayList<>();
		var last = Frequency.QUARTER.periodContaining(campaign.clamp(today));
		for (var q = Frequency.QUARTER.periodContaining(campaign.startDate()); !q.start().isAfter(last.start()); q = q
			.next()) {
			quarters.add(q);
		}
		// records, exemptions and ratings in one statement, directive assignments in one
		var sheet = this.sheets.load(scope, campaign, obligations, campaign.startDate(), campaign.clamp(today));
		List<Trends.Line> lines = new ArrayList<>();
		List<List<Compliance>> byUnit = new ArrayList<>();
		List<Compliance> overall = new ArrayList<>();
		for (var unit : shown) {
			List<UnitObligation> subjects = obligations.stream().map(o -> sheet.subject(o, unit)).toList();
			List<Compliance> perQuarter = quarters.stream().map(q -> engine.compliance(subjects, q, today)).toList();
			// the quarters' evaluations part the campaign's: pooled, they are the
			// campaign so
			// far
			var sum = Compliance.pooled(perQuarter, engine.settings());
			byUnit.add(perQuarter);
			overall.add(sum);
			lines.add(new Trends.Line(unit, perQuarter.stream().map(Compliance::percent).toList(), sum.percent()));
		}
		var averages = IntStream.range(0, quarters.size())
			.mapToObj(i -> Compliance.average(byUnit.stream().map(quarterly -> quarterly.get(i)).toList()))
			.toList();
		return new Trends(campaign, today,
				quarters.stream().map(q -> new Trends.Quarter(q, q.contains(today))).toList(), lines, averages,
				Compliance.average(overall));
	}

}
