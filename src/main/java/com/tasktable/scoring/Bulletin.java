package com.tasktable.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.units.UnitView;

/**
 * The monthly ranking bulletin (通报): the ranking, the points each unit lost by item, and
 * what the summary says (the units in the first three places, the units that missed
 * items).
 *
 * @param table the ranking
 * @param lossColumns the items on which some unit lost points, in table order
 * @param top the units ranked first to third: more than three with ties (1, 1, 1, 1),
 * fewer when fewer are scored
 * @param missed the units that missed a period, with the items
 */
public record Bulletin(RankingTable table, List<ObligationView> lossColumns, List<RankingTable.Row> top,
		List<Missed> missed) {

	public static Bulletin of(RankingTable table) {
		List<ObligationView> columns = new ArrayList<>();
		for (var obligation : table.obligations()) {
			if (table.rows().stream().anyMatch(r -> r.lost(obligation.code()).signum() > 0)) {
				columns.add(obligation);
			}
		}
		var top = table.rows().stream().filter(r -> r.rank() != null && r.rank() <= 3).toList();
		List<Missed> missed = new ArrayList<>();
		Map<String, ObligationView> byCode = new HashMap<>();
		table.obligations().forEach(o -> byCode.put(o.code(), o));
		for (var row : table.rows()) {
			var items = row.score().missedItems().stream().map(i -> byCode.get(i.code())).toList();
			if (!items.isEmpty()) {
				missed.add(new Missed(row.unit(), items));
			}
		}
		return new Bulletin(table, columns, top, missed);
	}

	/**
	 * The first three places, each with its units (several when tied), best first.
	 */
	public List<Place> places() {
		List<Place> places = new ArrayList<>();
		for (var row : this.top) {
			if (places.isEmpty() || !places.get(places.size() - 1).rank().equals(row.rank())) {
				places.add(new Place(row.rank(), new ArrayList<>()));
			}
			places.get(places.size() - 1).rows().add(row);
		}
		return places;
	}

	/** Whether two or more units share one of the first three places. */
	public boolean topTied() {
		return places().size() < this.top.size();
	}

	/**
	 * A place in the ranking and the units in it.
	 *
	 * @param rank the place, 1 for the best
	 * @param rows its units (one unless tied), all with the same score
	 */
	public record Place(Integer rank, List<RankingTable.Row> rows) {

		public boolean tied() {
			return this.rows.size() > 1;
		}

	}

	/**
	 * A unit that missed items.
	 *
	 * @param unit the unit
	 * @param items the items missed, named by their short names first
	 */
	public record Missed(UnitView unit, List<ObligationView> items) {
	}

}
