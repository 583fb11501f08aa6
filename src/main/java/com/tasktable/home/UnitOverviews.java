package com.tasktable.home;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Period;
import com.tasktable.records.RecordCounts;
import com.tasktable.records.Records;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.stereotype.Service;

/**
 * Builds a unit's overview: what is due in the current periods, with counts from one
 * aggregate query.
 */
@Service
class UnitOverviews {

	private final Units units;

	private final Campaigns campaigns;

	private final Records records;

	private final Clock clock;

	UnitOverviews(Units units, Campaigns campaigns, Records records, Clock clock) {
		this.units = units;
		this.campaigns = campaigns;
		this.records = records;
		this.clock = clock;
	}

	UnitOverview overview(UnitScope scope, String unitCode) {
		var unit = this.units.get(scope, unitCode);
		var children = this.units.childrenOf(scope, unit);
		var recent = this.records.recent(scope, unitCode, 10);
		var campaign = this.campaigns.running(scope, this.clock).orElse(null);
		if (campaign == null) {
			return new UnitOverview(unit, null, null, List.of(), recent, children);
		}
		var today = campaign.today(this.clock);
		List<ObligationView> obligations = this.campaigns.taskTable(scope, campaign.code(), today)
			.stream()
			.filter(o -> o.level() == unit.level())
			.filter(o -> o.effectiveTo() == null || o.effectiveTo().isAfter(today))
			.toList();
		Map<Long, Period> periods = new HashMap<>();
		var earliest = today;
		for (var o : obligations) {
			var period = o.terms().cycle().periodContaining(today);
			periods.put(o.id(), period);
			earliest = period.start().isBefore(earliest) ? period.start() : earliest;
		}
		Map<Long, RecordCounts> counts = new HashMap<>();
		for (var day : this.records.dailyCounts(scope, unitCode, earliest,
				periods.values().stream().map(Period::end).max(java.util.Comparator.naturalOrder()).orElse(today))) {
			var period = periods.get(day.obligationId());
			if (period != null && period.contains(day.activityDate())) {
				counts.merge(day.obligationId(), day.counts(), RecordCounts::plus);
			}
		}
		var due = obligations.stream().map(o -> {
			var period = periods.get(o.id());
			var start = o.startFor(unit.code());
			return new DueItem(o, period, counts.getOrDefault(o.id(), RecordCounts.NONE), o.terms().required(),
					start.isAfter(period.start()) ? start : null);
		}).toList();
		return new UnitOverview(unit, campaign, today, due, recent, children);
	}

}
