package com.tasktable.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Compliance;
import com.tasktable.compliance.ComplianceSettings;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.QuarterCell;
import com.tasktable.compliance.Quarters;
import com.tasktable.compliance.Status;
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
 * @param keptAs the key the whole matrix is kept under (its columns may be fewer), null
 * when it was not kept
 */
public record Matrix(CampaignView campaign, Period quarter, LocalDate today, List<Block> blocks, String keptAs) {

	/** The quarter shown by its number, 1 to 4. */
	public int quarterNumber() {
		return Quarters.of(this.quarter);
	}

	/**
	 * The same matrix, marked as kept under this key (campaign, revision, scope, quarter,
	 * day): whatever is derived from it alone may be kept under the same key.
	 */
	Matrix keptAs(String key) {
		return new Matrix(this.campaign, this.quarter, this.today, this.blocks, key);
	}

	/**
	 * The same matrix with only the columns asked for: each unit's percentage and each
	 * block's average are taken again over the evaluations of the columns kept, and a
	 * block left without columns is dropped. Nothing is judged again.
	 */
	public Matrix only(Predicate<ObligationView> columns, ComplianceSettings settings) {
		List<Block> kept = new ArrayList<>();
		for (var block : this.blocks) {
			var indexes = IntStream.range(0, block.obligations().size())
				.filter(i -> columns.test(block.obligations().get(i)))
				.toArray();
			if (indexes.length == block.obligations().size()) {
				kept.add(block);
			}
			else if (indexes.length > 0) {
				kept.add(block.only(indexes, settings));
			}
		}
		return new Matrix(this.campaign, this.quarter, this.today, kept, this.keptAs);
	}

	/**
	 * The same matrix with each block's units in the order {@code sort} asks, worst
	 * first: {@value #BY_PERCENT} by completion rate (lowest first, units without one
	 * last), an obligation's code by its cells' status (missed, behind, due, awaiting
	 * review, met late, met, exempt, not applicable), then fewest approved. Anything else
	 * keeps the table's order. Ties keep the table's order.
	 */
	public Matrix sortedBy(String sort) {
		if (sort == null) {
			return this;
		}
		return new Matrix(this.campaign, this.quarter, this.today,
				this.blocks.stream().map(b -> b.sortedBy(sort)).toList(), this.keptAs);
	}

	/** The sort by completion rate. */
	public static final String BY_PERCENT = "percent";

	private static final List<Status> WORST_FIRST = List.of(Status.MISSED, Status.BEHIND, Status.DUE,
			Status.AWAITING_REVIEW, Status.MET_LATE, Status.MET, Status.EXEMPT, Status.NOT_APPLICABLE);

	/**
	 * A task table row over the block's columns: its number and title span its
	 * obligations.
	 *
	 * @param first the row's first obligation in the block (its row number and title)
	 * @param span how many columns it spans
	 */
	public record ColumnGroup(ObligationView first, int span) {

		public int number() {
			return this.first.rowNumber();
		}

		public String title(Locale locale) {
			return this.first.displayRowTitle(locale);
		}

	}

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

		static Block of(UnitLevel level, List<ObligationView> obligations, List<Row> rows) {
			return new Block(level, obligations, rows, Compliance.average(rows.stream().map(Row::compliance).toList()));
		}

		/** The task table rows over the columns, left to right. */
		public List<ColumnGroup> groups() {
			List<ColumnGroup> groups = new ArrayList<>();
			ObligationView first = null;
			int span = 0;
			for (var o : this.obligations) {
				if (first != null && first.rowNumber() != o.rowNumber()) {
					groups.add(new ColumnGroup(first, span));
					first = null;
				}
				if (first == null) {
					first = o;
					span = 0;
				}
				span++;
			}
			if (first != null) {
				groups.add(new ColumnGroup(first, span));
			}
			return groups;
		}

		Block sortedBy(String sort) {
			Comparator<Row> order;
			if (BY_PERCENT.equals(sort)) {
				order = Comparator.comparing((Row r) -> r.compliance().percent(),
						Comparator.nullsLast(Comparator.naturalOrder()));
			}
			else {
				int column = IntStream.range(0, this.obligations.size())
					.filter(i -> this.obligations.get(i).code().equals(sort))
					.findFirst()
					.orElse(-1);
				if (column < 0) {
					return this;
				}
				order = Comparator.comparingInt((Row r) -> WORST_FIRST.indexOf(r.views().get(column).status()))
					.thenComparingInt(r -> r.views().get(column).approved());
			}
			return new Block(this.level, this.obligations, this.rows.stream().sorted(order).toList(), this.average);
		}

		Block only(int[] columns, ComplianceSettings settings) {
			return of(this.level, pick(this.obligations, columns),
					this.rows.stream().map(row -> row.only(columns, settings)).toList());
		}

	}

	/**
	 * One unit's line.
	 *
	 * @param unit the unit
	 * @param cells one per obligation, in the block's column order
	 * @param compliance its compliance over the quarter
	 * @param views the cells as the page and the workbook show them, in the same order
	 * @param links per cell, the path and query of its cell page (relative to the
	 * application's context path), null when there is nothing to open
	 */
	public record Row(UnitView unit, List<QuarterCell> cells, Compliance compliance, List<CellView> views,
			List<String> links) {

		/**
		 * The unit's percentage from the evaluations its cells already hold, and the
		 * cells as the page shows them (built once, kept with the matrix).
		 */
		static Row of(UnitView unit, List<QuarterCell> cells, ComplianceSettings settings, List<String> links) {
			var evaluations = cells.stream().flatMap(c -> c.evaluations().stream()).toList();
			return new Row(unit, cells, Compliance.of(evaluations, settings), cells.stream().map(CellView::of).toList(),
					links);
		}

		Row only(int[] columns, ComplianceSettings settings) {
			return of(this.unit, pick(this.cells, columns), settings, pick(this.links, columns));
		}

		/**
		 * How many of the unit's cells are in each status, worst first, for a line that
		 * reads without the table (a phone): statuses without cells, blank cells and
		 * not-applicable ones are left out.
		 */
		public List<StatusCount> tally() {
			List<StatusCount> counts = new ArrayList<>();
			for (var status : WORST_FIRST) {
				if (status == Status.NOT_APPLICABLE) {
					continue;
				}
				int n = (int) this.views.stream().filter(v -> v.status() == status && !v.blank()).count();
				if (n > 0) {
					counts.add(new StatusCount(StatusGlyph.of(status), n));
				}
			}
			return counts;
		}

	}

	/**
	 * How many cells of a row are in one status.
	 *
	 * @param glyph the status, with its glyph, name and colour
	 * @param count its cells
	 */
	public record StatusCount(StatusGlyph glyph, int count) {
	}

	private static <T> List<T> pick(List<T> all, int[] indexes) {
		return Arrays.stream(indexes).mapToObj(all::get).toList();
	}

}
