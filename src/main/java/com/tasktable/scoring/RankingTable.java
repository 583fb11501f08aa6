package com.tasktable.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Scoring;
import com.tasktable.units.UnitView;

/**
 * A ranking of sibling units for a month or a year.
 *
 * @param campaign the campaign
 * @param span the month or year
 * @param parent the unit whose children are ranked
 * @param obligations the items scored, in table order
 * @param rows the units, best first; unscored ones last
 * @param lateCreditPercent what a late period earned
 */
public record RankingTable(CampaignView campaign, ScoreSpan span, UnitView parent, List<ObligationView> obligations,
		List<Row> rows, int lateCreditPercent) {

	/**
	 * One unit.
	 *
	 * @param rank shared by equal scores; null without a score
	 * @param unit the unit
	 * @param score its score, item by item
	 * @param previousRank its rank in the previous month (year), null if none
	 * @param movement places gained (negative: lost), null if not comparable
	 */
	public record Row(Integer rank, UnitView unit, Scoring.Score score, Integer previousRank, Integer movement) {

		public BigDecimal total() {
			return this.score.total();
		}

		/** Points lost on the obligation with this code (zero when not scored). */
		public BigDecimal lost(String code) {
			return this.score.items()
				.stream()
				.filter(i -> i.code().equals(code))
				.findFirst()
				.map(Scoring.ItemScore::lostOrZero)
				.orElse(BigDecimal.ZERO.setScale(2));
		}

	}

	/**
	 * Whether the row shares its rank with another unit (equal scores as shown): its rank
	 * reads "joint" (并列).
	 */
	public boolean tied(Row row) {
		return row.rank() != null && this.rows.stream().filter(r -> row.rank().equals(r.rank())).count() > 1;
	}

	/**
	 * An item's name as screens show it first (its code when the table has no such item).
	 */
	public String nameOf(String code, Locale locale) {
		return this.obligations.stream()
			.filter(o -> o.code().equals(code))
			.findFirst()
			.map(o -> o.displayName(locale))
			.orElse(code);
	}

}
