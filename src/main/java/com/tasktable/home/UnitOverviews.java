package com.tasktable.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ObligationKind;
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
		Map<Long, DateRange> ranges = new HashMap<>();
		for (var o : obligations) {
			ranges.put(o.id(), currentRange(o, unit.code(), today, campaign.endDate()));
		}
		var from = ranges.values().stream().map(DateRange::from).min(Comparator.naturalOrder()).orElse(today);
		var to = ranges.values().stream().map(DateRange::to).max(Comparator.naturalOrder()).orElse(today);
		Map<Long, RecordCounts> counts = new HashMap<>();
		for (var day : this.records.dailyCounts(scope, unitCode, from, to)) {
			var range = ranges.get(day.obligationId());
			if (range != null && range.contains(day.activityDate())) {
				counts.merge(day.obligationId(), day.counts(), RecordCounts::plus);
			}
		}
		var due = obligations.stream().map(o -> {
			var range = ranges.get(o.id());
			var start = o.startFor(unit.code());
			return new DueItem(o, range.from(), range.to(), counts.getOrDefault(o.id(), RecordCounts.NONE),
					o.terms().required(), start.isAfter(range.from()) ? start : null);
		}).toList();
		return new UnitOverview(unit, campaign, today, due, recent, children);
	}

	/**
	 * The current period of the obligation's cycle; a milestone is done once, so it
	 * counts over the campaign.
	 */
	private static DateRange currentRange(ObligationView o, String unitCode, LocalDate today, LocalDate campaignEnd) {
		if (o.terms().kind() == ObligationKind.MILESTONE) {
			return new DateRange(o.startFor(unitCode), campaignEnd);
		}
		var period = o.terms().cycle().periodContaining(today);
		return new DateRange(period.start(), period.end());
	}

	private record DateRange(LocalDate from, LocalDate to) {

		boolean contains(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

}
