package com.tasktable.compliance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Document 003's assessment: a unit's score out of 100 for a month or a year, item by
 * item, from the engine's evaluations. Plain Java: the evaluations and weights come in,
 * nothing is read. The rules, with worked examples, are in docs/compliance-rules.md,
 * "Scoring".
 *
 * <ul>
 * <li>An item is one obligation with its weight (the weights of a level sum to 100) and
 * the evaluations that belong to the span (a month: the periods whose due day falls in
 * it; a year: those of the year).</li>
 * <li>An evaluation is decided when it is over and MET (worth 1), MET_LATE (worth
 * {@code lateCreditPercent} / 100) or MISSED (0); a rated assessment is decided once
 * rated and is worth its rating / 100, whether or not it reached the pass mark. DUE,
 * BEHIND and periods still running are not decided yet.</li>
 * <li>A decided yearly target (COUNT_PER_YEAR) of a {@link ScoreMode#PROPORTIONAL} item
 * is worth its share of the target instead, met or not: records logged in time count 1
 * and late ones the late credit, late ones only filling what the timely ones leave short,
 * so the share is never above 1. {@link ScoreMode#ALL_OR_NOTHING} keeps the status's
 * worth.</li>
 * <li>An item's fulfilment is the mean of its decided evaluations. Items with none
 * (NOT_APPLICABLE, EXEMPT, nothing due in the span, not decided yet) are left out and the
 * others are re-weighted to 100: an item's effective weight is its weight × 100 / the sum
 * of the scored items' weights.</li>
 * <li>Score = Σ effective weight × fulfilment; points lost = effective weight × (1 −
 * fulfilment). Without a scored item there is no score (null).</li>
 * </ul>
 */
public final class Scoring {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final int lateCreditPercent;

	/**
	 * @param lateCreditPercent what a period met late is worth, out of 100 (default 50)
	 */
	public Scoring(int lateCreditPercent) {
		if (lateCreditPercent < 0 || lateCreditPercent > 100) {
			throw new IllegalArgumentException("lateCreditPercent must be 0..100: " + lateCreditPercent);
		}
		this.lateCreditPercent = lateCreditPercent;
	}

	public int lateCreditPercent() {
		return this.lateCreditPercent;
	}

	/** Scores one unit over one span. */
	public Score score(List<Item> items) {
		List<ItemTally> partials = new ArrayList<>();
		var scoredWeight = BigDecimal.ZERO;
		for (var item : items) {
			var partial = assess(item);
			partials.add(partial);
			if (partial.state == ItemState.SCORED) {
				scoredWeight = scoredWeight.add(item.weight());
			}
		}
		List<ItemScore> scored = new ArrayList<>();
		if (scoredWeight.signum() == 0) {
			for (var p : partials) {
				scored.add(p.unscored());
			}
			return new Score(null, scored, false);
		}
		var total = BigDecimal.ZERO;
		var factor = HUNDRED.divide(scoredWeight, EXACT);
		boolean reweighted = false;
		for (var p : partials) {
			if (p.state != ItemState.SCORED) {
				reweighted |= p.item.weight().signum() > 0;
				scored.add(p.unscored());
				continue;
			}
			var effective = p.item.weight().multiply(factor, EXACT);
			var points = effective.multiply(p.fulfilment, EXACT);
			var lost = effective.subtract(points, EXACT);
			total = total.add(points, EXACT);
			scored.add(p.scored(round(p.fulfilment, 4), round(effective), round(points), round(lost)));
		}
		return new Score(round(total), scored, reweighted);
	}

	private ItemTally assess(Item item) {
		var partial = new ItemTally(item);
		var sum = BigDecimal.ZERO;
		int decided = 0;
		boolean undecided = false;
		boolean exempt = false;
		for (var evaluation : item.evaluations()) {
			var status = evaluation.status();
			if (status == Status.EXEMPT) {
				exempt = true;
				continue;
			}
			if (status == Status.NOT_APPLICABLE) {
				continue;
			}
			if (evaluation.progress() instanceof Progress.Rating rating) {
				if (rating.rating() == null) {
					undecided = true;
					continue;
				}
				partial.rating = rating.rating();
				sum = sum.add(BigDecimal.valueOf(rating.rating()).divide(HUNDRED, EXACT));
				decided++;
				continue;
			}
			if (!evaluation.over() || !(status.isDone() || status == Status.MISSED)) {
				undecided = true;
				continue;
			}
			if (status == Status.MET) {
				partial.met++;
			}
			else if (status == Status.MET_LATE) {
				partial.metLate++;
			}
			else {
				partial.missed++;
			}
			if (evaluation.progress() instanceof Progress.Pace pace) {
				partial.yearly = pace;
			}
			sum = sum.add(worth(item, evaluation));
			decided++;
		}
		if (decided > 0) {
			partial.state = ItemState.SCORED;
			partial.fulfilment = sum.divide(BigDecimal.valueOf(decided), EXACT);
		}
		else if (undecided) {
			partial.state = ItemState.UNDECIDED;
		}
		else if (exempt) {
			partial.state = ItemState.EXEMPT;
		}
		else if (!item.evaluations().isEmpty()) {
			partial.state = ItemState.NOT_APPLICABLE;
		}
		else {
			partial.state = ItemState.NOTHING_DUE;
		}
		return partial;
	}

	/**
	 * What a decided evaluation (MET, MET_LATE or MISSED, over) is worth, 0–1: its share
	 * of a yearly target when the item is proportional, else by its status.
	 */
	private BigDecimal worth(Item item, Evaluation evaluation) {
		if (item.mode() == ScoreMode.PROPORTIONAL && evaluation.progress() instanceof Progress.Pace pace) {
			return share(pace);
		}
		return switch (evaluation.status()) {
			case MET -> BigDecimal.ONE;
			case MET_LATE -> lateCredit();
			default -> BigDecimal.ZERO;
		};
	}

	/**
	 * A yearly target's share: the records logged in time, up to the target, count 1; the
	 * late ones count the late credit, only for what the timely ones left short. 4 in
	 * time and 1 late of 6: (4 + 0.5) / 6; 0 in time and 12 late of 6: 0.5, as a target
	 * met late.
	 */
	private BigDecimal share(Progress.Pace pace) {
		if (pace.target() <= 0) {
			return BigDecimal.ONE;
		}
		int onTime = Math.min(pace.onTime(), pace.target());
		int late = Math.min(pace.late(), pace.target() - onTime);
		var done = BigDecimal.valueOf(onTime).add(lateCredit().multiply(BigDecimal.valueOf(late)), EXACT);
		return done.divide(BigDecimal.valueOf(pace.target()), EXACT);
	}

	private BigDecimal lateCredit() {
		return BigDecimal.valueOf(this.lateCreditPercent).divide(HUNDRED, EXACT);
	}

	private static BigDecimal round(BigDecimal value) {
		return round(value, 2);
	}

	/**
	 * Half up to {@code scale} decimals, as the exact value would round. The 34 digits of
	 * the arithmetic leave 59.375 as 59.37499…9 when a share of 1/3 or 5/6 is scaled
	 * back: cutting to 20 decimals first puts it back on the half. No exact score lies
	 * that close to a half without being on it (its denominator is far below 10^20).
	 */
	private static BigDecimal round(BigDecimal value, int scale) {
		return value.setScale(20, RoundingMode.HALF_UP).setScale(scale, RoundingMode.HALF_UP);
	}

	/**
	 * One obligation of a unit in the span.
	 *
	 * @param code the obligation's code
	 * @param weight its points out of 100 for its level
	 * @param evaluations the evaluations that belong to the span
	 * @param mode how a yearly target earns its weight (read with the weight, from the
	 * version in force on the span's last day); null reads as proportional
	 */
	public record Item(String code, BigDecimal weight, List<Evaluation> evaluations, ScoreMode mode) {

		public Item {
			Objects.requireNonNull(code, "code");
			if (weight == null || weight.signum() < 0) {
				throw new IllegalArgumentException("A weight is 0 or more: " + weight);
			}
			evaluations = List.copyOf(evaluations);
			mode = (mode != null) ? mode : ScoreMode.PROPORTIONAL;
		}

		/** A proportional item (the default). */
		public Item(String code, BigDecimal weight, List<Evaluation> evaluations) {
			this(code, weight, evaluations, ScoreMode.PROPORTIONAL);
		}

	}

	/**
	 * An item's part of the score.
	 *
	 * @param code obligation code
	 * @param weight the weight set for it (sum 100 per level)
	 * @param state whether it counts
	 * @param fulfilment 0–1 (4 decimals), null unless scored
	 * @param effectiveWeight the weight after re-weighting (2 decimals), null unless
	 * scored
	 * @param points effective weight × fulfilment (2 decimals), null unless scored
	 * @param lost effective weight − points (2 decimals), null unless scored
	 * @param met periods met on time
	 * @param metLate periods met late
	 * @param missed periods missed
	 * @param rating an assessment's rating, null for other kinds or unrated
	 * @param yearly a yearly target's figures (records, of them late, target) when one
	 * was decided in the span, else null
	 * @param mode how a yearly target earned its weight
	 */
	public record ItemScore(String code, BigDecimal weight, ItemState state, BigDecimal fulfilment,
			BigDecimal effectiveWeight, BigDecimal points, BigDecimal lost, int met, int metLate, int missed,
			Integer rating, Progress.Pace yearly, ScoreMode mode) {

		/** In the score (not left out and re-weighted). */
		public boolean scored() {
			return this.state == ItemState.SCORED;
		}

		/** Lost points, zero for items left out. */
		public BigDecimal lostOrZero() {
			return (this.lost != null) ? this.lost : BigDecimal.ZERO.setScale(2);
		}

	}

	/**
	 * A unit's score.
	 *
	 * @param total out of 100 with 2 decimals, null when nothing was scored
	 * @param items every item, in the order given
	 * @param reweighted some weighted items were left out and the rest scaled to 100
	 */
	public record Score(BigDecimal total, List<ItemScore> items, boolean reweighted) {

		public Score {
			items = List.copyOf(items);
		}

		/** Items with a missed period. */
		public List<ItemScore> missedItems() {
			return this.items.stream().filter(i -> i.missed() > 0).toList();
		}

	}

}
