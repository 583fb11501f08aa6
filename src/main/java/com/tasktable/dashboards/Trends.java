package com.tasktable.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.compliance.Period;
import com.tasktable.units.UnitView;

/**
 * Compliance percentages per unit and quarter over a campaign, up to the current quarter,
 * with what the trends page shows of them: a ranking, one unit against the average of all
 * and a heatmap. Every percentage is the engine's, as on the matrix: only periods that
 * are over and decided count, so a running quarter's figure can still change.
 *
 * @param campaign the campaign
 * @param today today in the campaign's zone
 * @param quarters the quarters, oldest first
 * @param lines one per unit, in the table's order
 * @param averages per quarter, the mean of the units' percentages (each unit weighs the
 * same, as a matrix block's average); null where no unit has one
 * @param overallAverage the mean of the units' percentages over the campaign so far
 */
public record Trends(CampaignView campaign, LocalDate today, List<Quarter> quarters, List<Line> lines,
		List<BigDecimal> averages, BigDecimal overallAverage) {

	/**
	 * A quarter of the campaign.
	 *
	 * @param period the quarter
	 * @param running whether today is inside it: its periods are not all over yet
	 */
	public record Quarter(Period period, boolean running) {

		/** {@code 2026-Q3}. */
		public String key() {
			return this.period.key();
		}

	}

	/**
	 * One unit's percentages.
	 *
	 * @param unit the unit
	 * @param percents one per quarter, null where nothing was decided yet
	 * @param overall over all its periods of the campaign so far, null when none was
	 * decided
	 */
	public record Line(UnitView unit, List<BigDecimal> percents, BigDecimal overall) {
	}

	/** The quarter today is in, if the campaign runs today. */
	public Optional<Quarter> running() {
		return this.quarters.stream().filter(Quarter::running).findFirst();
	}

	/** The quarter with this key ({@code 2026-Q3}), if the trends show it. */
	public Optional<Quarter> quarter(String key) {
		return this.quarters.stream().filter(q -> q.key().equals(key)).findFirst();
	}

	/** The line of the unit with this code, if the trends show it. */
	public Optional<Line> line(String unitCode) {
		return this.lines.stream().filter(l -> l.unit().code().equals(unitCode)).findFirst();
	}

	/**
	 * The units best first over one quarter, or over the campaign so far when
	 * {@code quarter} is null. Equal percentages share a place and the next place is
	 * skipped (1, 2, 2, 4); ties keep the table's order. Units without a percentage come
	 * last, without a place.
	 */
	public Ranking ranking(Quarter quarter) {
		int column = (quarter != null) ? this.quarters.indexOf(quarter) : -1;
		if (quarter != null && column < 0) {
			throw new IllegalArgumentException("Not a quarter of these trends: " + quarter.key());
		}
		var sorted = this.lines.stream()
			.sorted(Comparator.comparing((Line l) -> percentOf(l, column),
					Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		List<Integer> ranks = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			var percent = percentOf(sorted.get(i), column);
			var before = (i > 0) ? percentOf(sorted.get(i - 1), column) : null;
			ranks.add((percent == null) ? 0
					: (before != null && before.compareTo(percent) == 0) ? ranks.get(i - 1) : i + 1);
		}
		var places = IntStream.range(0, sorted.size())
			.mapToObj(i -> new Place(ranks.get(i), sorted.get(i).unit(), percentOf(sorted.get(i), column),
					ranks.get(i) > 0 && ranks.stream().filter(r -> r.equals(ranks.get(i))).count() > 1))
			.toList();
		return new Ranking(quarter, places, (column >= 0) ? this.averages.get(column) : this.overallAverage);
	}

	private static BigDecimal percentOf(Line line, int column) {
		return (column >= 0) ? line.percents().get(column) : line.overall();
	}

	/** One unit's percentages beside the average of all, quarter by quarter. */
	public Comparison comparison(Line line) {
		var points = IntStream.range(0, this.quarters.size())
			.mapToObj(i -> new Point(this.quarters.get(i), line.percents().get(i), this.averages.get(i)))
			.toList();
		return new Comparison(line.unit(), points, line.overall(), this.overallAverage);
	}

	/**
	 * A ranking.
	 *
	 * @param quarter the quarter ranked, null for the campaign so far
	 * @param places best first
	 * @param average the mean of the units' percentages over the same span
	 */
	public record Ranking(Quarter quarter, List<Place> places, BigDecimal average) {

		/** The first place, if any unit has a percentage. */
		public Optional<Place> best() {
			return this.places.stream().filter(p -> p.percent() != null).findFirst();
		}

		/** The last unit with a percentage, if any. */
		public Optional<Place> worst() {
			return this.places.stream().filter(p -> p.percent() != null).reduce((a, b) -> b);
		}

	}

	/**
	 * A unit's place.
	 *
	 * @param place 1 for the best; 0 when it has no percentage
	 * @param unit the unit
	 * @param percent its percentage, null when nothing was decided
	 * @param tied whether another unit shares the place
	 */
	public record Place(int place, UnitView unit, BigDecimal percent, boolean tied) {
	}

	/**
	 * One unit against the average of all units.
	 *
	 * @param unit the unit
	 * @param points one per quarter, oldest first
	 * @param overall the unit's percentage over the campaign so far
	 * @param overallAverage the average over the campaign so far
	 */
	public record Comparison(UnitView unit, List<Point> points, BigDecimal overall, BigDecimal overallAverage) {

		/** Quarters in which the unit did better than the average. */
		public long above() {
			return this.points.stream().filter(p -> p.difference() != null && p.difference().signum() > 0).count();
		}

		/** Quarters in which the unit did worse than the average. */
		public long below() {
			return this.points.stream().filter(p -> p.difference() != null && p.difference().signum() < 0).count();
		}

	}

	/**
	 * A quarter of a comparison.
	 *
	 * @param quarter the quarter
	 * @param percent the unit's percentage, null when nothing was decided
	 * @param average the average of all units, null when none had one
	 */
	public record Point(Quarter quarter, BigDecimal percent, BigDecimal average) {

		/**
		 * The unit's percentage less the average, in points; null when one is missing.
		 */
		public BigDecimal difference() {
			return (this.percent != null && this.average != null) ? this.percent.subtract(this.average) : null;
		}

		/**
		 * The difference with its sign ({@code +2.5}, {@code -0.3}, {@code 0.0}), or "—".
		 */
		public String signedDifference() {
			var d = difference();
			if (d == null) {
				return "—";
			}
			return (d.signum() > 0) ? "+" + d.toPlainString() : d.toPlainString();
		}

	}

	/** The heatmap's scale, lowest first: each step's colour class and its range. */
	public List<HeatStep> heatScale() {
		return IntStream.range(0, 10)
			.mapToObj(i -> new HeatStep("heat-" + i, i * 10, (i == 9) ? 100 : i * 10 + 9))
			.toList();
	}

	/**
	 * A step of the heatmap's scale.
	 *
	 * @param cssClass its colour class
	 * @param from the least percentage in it
	 * @param to the greatest (whole percentages; 9 holds 9.9 too)
	 */
	public record HeatStep(String cssClass, int from, int to) {
	}

	/**
	 * The heatmap's colour class of a percentage: {@code heat-0} (under 10 %) to
	 * {@code heat-9} (90 % and more), {@code heat-none} without one. The page prints the
	 * figure in every cell too, so the colour never carries it alone.
	 */
	public String heat(BigDecimal percent) {
		if (percent == null) {
			return "heat-none";
		}
		int tenth = Math.min(9, Math.max(0, percent.intValue() / 10));
		return "heat-" + tenth;
	}

}
