package com.tasktable.compliance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores against a naive oracle: docs/compliance-rules.md, "Scoring", written a second
 * time with exact fractions, on random units of every sort of item (periods met, late,
 * missed, running or exempt; yearly targets proportional or all or nothing, with late
 * records; ratings above and below the pass mark, or none yet) and random weights, so
 * that re-weighting happens too. Total and every item's points agree to the cent.
 */
class ScoringOracleTests {

	static final Period YEAR = Frequency.YEAR.periodContaining(LocalDate.of(2019, 1, 1));

	static List<Long> seeds() {
		return List.of(3L, 11L, 2019L, 20200115L, 987654321L);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void scoresAgreeWithTheOracleToTheCent(long seed) {
		var random = new Random(seed);
		for (int unit = 0; unit < 400; unit++) {
			int lateCredit = switch (random.nextInt(4)) {
				case 0 -> 0;
				case 1 -> 100;
				default -> random.nextInt(101);
			};
			List<Scoring.Item> items = new ArrayList<>();
			int n = 1 + random.nextInt(10);
			for (int i = 0; i < n; i++) {
				var weight = BigDecimal.valueOf(random.nextInt(3001), 2);
				var mode = random.nextBoolean() ? ScoreMode.PROPORTIONAL : ScoreMode.ALL_OR_NOTHING;
				items.add(new Scoring.Item("i" + i, weight, evaluations(random), mode));
			}
			var score = new Scoring(lateCredit).score(items);
			var expected = Oracle.score(items, lateCredit);
			assertThat(score.total()).as("seed %d, unit %d: %s", seed, unit, items).isEqualTo(expected.total);
			for (int i = 0; i < n; i++) {
				var item = score.items().get(i);
				assertThat(item.state().name()).as("state of item %d of unit %d", i, unit)
					.isEqualTo(expected.states.get(i));
				assertThat(item.points()).as("points of item %d of unit %d", i, unit).isEqualTo(expected.points.get(i));
			}
		}
	}

	private static List<Evaluation> evaluations(Random random) {
		List<Evaluation> evaluations = new ArrayList<>();
		switch (random.nextInt(3)) {
			case 0 -> {
				int periods = random.nextInt(6);
				for (int p = 0; p < periods; p++) {
					evaluations.add(period(random));
				}
			}
			case 1 -> {
				if (random.nextInt(5) > 0) {
					evaluations.add(yearlyTarget(random));
				}
			}
			default -> {
				if (random.nextInt(5) > 0) {
					evaluations.add(rating(random));
				}
			}
		}
		return evaluations;
	}

	private static Evaluation period(Random random) {
		var statuses = new Status[] { Status.MET, Status.MET_LATE, Status.MISSED, Status.DUE, Status.BEHIND,
				Status.NOT_APPLICABLE, Status.EXEMPT };
		var status = statuses[random.nextInt(statuses.length)];
		boolean over = status != Status.DUE && status != Status.BEHIND && random.nextInt(4) > 0;
		return new Evaluation(YEAR, ObligationKind.COUNT_PER_PERIOD, null, null, YEAR.end(),
				(status == Status.NOT_APPLICABLE) ? Applicability.PHASING_IN : Applicability.APPLIES, status, over, 1,
				0, 1, new Progress.Count(1, null));
	}

	/** A yearly target whose status agrees with its records, as the engine judges it. */
	private static Evaluation yearlyTarget(Random random) {
		int target = 1 + random.nextInt(10);
		int approved = random.nextInt(2 * target + 1);
		int late = (approved == 0) ? 0 : random.nextInt(approved + 1);
		boolean over = random.nextInt(5) > 0;
		Status status;
		if (approved - late >= target) {
			status = Status.MET;
		}
		else if (approved >= target) {
			status = Status.MET_LATE;
		}
		else if (over) {
			status = Status.MISSED;
		}
		else {
			status = random.nextBoolean() ? Status.DUE : Status.BEHIND;
		}
		if (random.nextInt(10) == 0) {
			status = Status.EXEMPT;
		}
		return new Evaluation(YEAR, ObligationKind.COUNT_PER_YEAR, null, null, YEAR.end(), Applicability.APPLIES,
				status, over, approved, 0, target, new Progress.Pace(approved, over ? target : 0, target, 0, late));
	}

	private static Evaluation rating(Random random) {
		Integer rating = (random.nextInt(4) > 0) ? random.nextInt(101) : null;
		var status = (rating == null) ? Status.DUE : (rating >= 60) ? Status.MET : Status.MISSED;
		return new Evaluation(YEAR, ObligationKind.ASSESSMENT, null, null, YEAR.end(), Applicability.APPLIES, status,
				random.nextBoolean(), (rating != null) ? 1 : 0, 0, 1, new Progress.Rating(rating));
	}

	/**
	 * The rules read naively: every worth is an exact fraction (numerator over
	 * denominator), an item's fulfilment their mean, the total Σ weight × fulfilment ×
	 * 100 / Σ weights of the scored items, rounded half up once at the end.
	 */
	static final class Oracle {

		BigDecimal total;

		final List<String> states = new ArrayList<>();

		final List<BigDecimal> points = new ArrayList<>();

		static Oracle score(List<Scoring.Item> items, int lateCredit) {
			var oracle = new Oracle();
			List<Fraction> fulfilments = new ArrayList<>();
			var scoredWeight = Fraction.ZERO;
			for (var item : items) {
				var fulfilment = Fraction.ZERO;
				int decided = 0;
				boolean waiting = false;
				boolean exempted = false;
				for (var e : item.evaluations()) {
					if (e.status() == Status.EXEMPT) {
						exempted = true;
					}
					else if (e.status() == Status.NOT_APPLICABLE) {
						// not judged
					}
					else if (e.kind() == ObligationKind.ASSESSMENT) {
						var rating = ((Progress.Rating) e.progress()).rating();
						if (rating == null) {
							waiting = true;
						}
						else {
							fulfilment = fulfilment.plus(Fraction.of(rating, 100));
							decided++;
						}
					}
					else if (!e.over() || e.status() == Status.DUE || e.status() == Status.BEHIND) {
						waiting = true;
					}
					else {
						fulfilment = fulfilment.plus(worth(item.mode(), e, lateCredit));
						decided++;
					}
				}
				String state;
				if (decided > 0) {
					state = "SCORED";
					fulfilment = fulfilment.over(decided);
					scoredWeight = scoredWeight.plus(Fraction.of(item.weight()));
				}
				else {
					state = waiting ? "UNDECIDED"
							: exempted ? "EXEMPT" : item.evaluations().isEmpty() ? "NOTHING_DUE" : "NOT_APPLICABLE";
					fulfilment = null;
				}
				oracle.states.add(state);
				fulfilments.add(fulfilment);
			}
			if (scoredWeight.isZero()) {
				oracle.total = null;
				items.forEach(i -> oracle.points.add(null));
				return oracle;
			}
			var total = Fraction.ZERO;
			for (int i = 0; i < items.size(); i++) {
				var fulfilment = fulfilments.get(i);
				if (fulfilment == null) {
					oracle.points.add(null);
					continue;
				}
				var points = Fraction.of(items.get(i).weight())
					.times(fulfilment)
					.times(Fraction.of(100, 1))
					.divide(scoredWeight);
				oracle.points.add(points.cents());
				total = total.plus(points);
			}
			oracle.total = total.cents();
			return oracle;
		}

		/**
		 * A yearly target in proportion: min(target, on time) + late credit × the late
		 * records that fill the rest; otherwise 1, the late credit or 0 by status.
		 */
		private static Fraction worth(ScoreMode mode, Evaluation e, int lateCredit) {
			if (e.kind() == ObligationKind.COUNT_PER_YEAR && mode != ScoreMode.ALL_OR_NOTHING) {
				var pace = (Progress.Pace) e.progress();
				int target = e.required();
				int counted = 0;
				int lateCounted = 0;
				for (int k = 0; k < e.approved() && counted + lateCounted < target; k++) {
					// the timely records first, then the late ones, one by one
					if (k < e.approved() - pace.late()) {
						counted++;
					}
					else {
						lateCounted++;
					}
				}
				return Fraction.of(100L * counted + (long) lateCredit * lateCounted, 100L * target);
			}
			return switch (e.status()) {
				case MET -> Fraction.of(1, 1);
				case MET_LATE -> Fraction.of(lateCredit, 100);
				default -> Fraction.ZERO;
			};
		}

	}

	record Fraction(BigInteger numerator, BigInteger denominator) {

		static final Fraction ZERO = of(0, 1);

		static Fraction of(long numerator, long denominator) {
			return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
		}

		static Fraction of(BigDecimal value) {
			return new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
		}

		Fraction plus(Fraction other) {
			return new Fraction(
					this.numerator.multiply(other.denominator).add(other.numerator.multiply(this.denominator)),
					this.denominator.multiply(other.denominator));
		}

		Fraction times(Fraction other) {
			return new Fraction(this.numerator.multiply(other.numerator), this.denominator.multiply(other.denominator));
		}

		Fraction divide(Fraction other) {
			return new Fraction(this.numerator.multiply(other.denominator), this.denominator.multiply(other.numerator));
		}

		Fraction over(int n) {
			return new Fraction(this.numerator, this.denominator.multiply(BigInteger.valueOf(n)));
		}

		boolean isZero() {
			return this.numerator.signum() == 0;
		}

		/** Rounded half up to 2 decimals. */
		BigDecimal cents() {
			return new BigDecimal(this.numerator).divide(new BigDecimal(this.denominator), 2, RoundingMode.HALF_UP);
		}

	}

}
