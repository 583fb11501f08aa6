package com.tasktable.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Compliance;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.QuarterCell;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitView;

/**
 * The compliance matrix of a campaign quarter, one block per unit level (the region's own
 * obligations, its cities', its counties').
 *
 * @param campaign the campaign
 * @param quarter the quarter shown
 * @param today today in the campaign's zone
 * @param blocks one per unit level present in the reader's scope
 */
public record Matrix(CampaignView campaign, Period quarter, LocalDate today, List<Block> blocks) {

	/**
	 * Units of one level against the obligations of that level.
	 *
	 * @param level the unit level
	 * @param obligations columns, in table order
	 * @param rows one per unit
	 * @param average the mean of the units' percentages (each unit weighs the same), null
	 * when none counted
	 */
	public record Block(UnitLevel level, List<ObligationView> obligations, List<Row> rows, BigDecimal average) {
	}

	/**
	 * One unit's line.
	 *
	 * @param unit the unit
	 * @param cells one per obligation, in the block's column order
	 * @param compliance its compliance over the quarter
	 */
	public record Row(UnitView unit, List<QuarterCell> cells, Compliance compliance) {
	}

}
