package com.tasktable.scoring;

import java.util.ArrayList;
import java.util.List;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.units.UnitView;

/**
 * The monthly ranking bulletin (通报): the ranking, the points each unit lost by item, and
 * what the summary says (the top three, the units that missed items).
 *
 * @param table the ranking
 * @param lossColumns the items on which some unit lost points, in table order
 * @param top the units ranked first to third (more with ties)
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
		for (var row : table.rows()) {
			var codes = row.score().missedItems().stream().map(i -> i.code()).toList();
			if (!codes.isEmpty()) {
				missed.add(new Missed(row.unit(), codes));
			}
		}
		return new Bulletin(table, columns, top, missed);
	}

	/**
	 * A unit that missed items.
	 *
	 * @param unit the unit
	 * @param codes the items' codes
	 */
	public record Missed(UnitView unit, List<String> codes) {
	}

}
