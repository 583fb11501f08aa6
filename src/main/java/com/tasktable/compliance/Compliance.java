package com.tasktable.compliance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A compliance percentage and the counts behind it: for a unit (its evaluations pooled),
 * or for several units.
 *
 * <p>
 * Only evaluations that are over and decided count ({@link Evaluation#decided}): MET and
 * MET_LATE whose due day has passed, and MISSED, which comes only once the grace days
 * have passed too. Periods still running count in neither the numerator nor the
 * denominator, even when already met, so that early in a quarter nobody is ahead only
 * because the rest is not due yet. A period met on time is worth 100, met late
 * {@code lateCreditPercent}, missed 0.
 *
 * @param met over and met on time
 * @param metLate over and met late
 * @param missed over and missed
 * @param undecided judged but not decided yet (DUE, also inside the grace days, BEHIND,
 * AWAITING_REVIEW, met early, or an unrated assessment)
 * @param notApplicable not judged
 * @param exempt exempted by a reviewer
 * @param lateCreditPercent what a late period is worth
 */
public record Compliance(int met, int metLate, int missed, int undecided, int notApplicable, int exempt,
		int lateCreditPercent) {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	public static Compliance of(Collection<Evaluation> evaluations, ComplianceSettings settings) {
		int[] counts = new int[6];
		for (var evaluation : evaluations) {
			var status = evaluation.status();
			if (status == Status.NOT_APPLICABLE) {
				counts[4]++;
			}
			else if (status == Status.EXEMPT) {
				counts[5]++;
			}
			else if (!evaluation.decided()) {
				counts[3]++;
			}
			else if (status == Status.MET) {
				counts[0]++;
			}
			else if (status == Status.MET_LATE) {
				counts[1]++;
			}
			else {
				counts[2]++;
			}
		}
		return new Compliance(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
				settings.lateCreditPercent());
	}

	/** Periods in the percentage. */
	public int counted() {
		return this.met + this.metLate + this.missed;
	}

	/** Percent with one decimal (half up), or null when no period counted yet. */
	public BigDecimal percent() {
		var exact = exactPercent();
		return (exact != null) ? exact.setScale(1, RoundingMode.HALF_UP) : null;
	}

	private BigDecimal exactPercent() {
		if (counted() == 0) {
			return null;
		}
		var points = BigDecimal.valueOf(100L * this.met + (long) this.lateCreditPercent * this.metLate);
		return points.divide(BigDecimal.valueOf(counted()), EXACT);
	}

	/**
	 * All periods of several units together, each period weighing the same (a unit with
	 * more applicable periods weighs more).
	 */
	public static Compliance pooled(Collection<Compliance> parts, ComplianceSettings settings) {
		int[] sums = new int[6];
		for (var part : parts) {
			sums[0] += part.met;
			sums[1] += part.metLate;
			sums[2] += part.missed;
			sums[3] += part.undecided;
			sums[4] += part.notApplicable;
			sums[5] += part.exempt;
		}
		return new Compliance(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], settings.lateCreditPercent());
	}

	/**
	 * A region over its cities, or a city over its counties: the mean of the units'
	 * percentages, each unit weighing the same whatever the number of its periods (a city
	 * still phasing in a row is not worth less). Units with nothing counted yet are left
	 * out; null when none counted. Computed from the exact percentages, rounded once.
	 */
	public static BigDecimal average(Collection<Compliance> units) {
		var sum = BigDecimal.ZERO;
		int n = 0;
		for (var unit : units) {
			var exact = unit.exactPercent();
			if (exact != null) {
				sum = sum.add(exact, EXACT);
				n++;
			}
		}
		return (n == 0) ? null : sum.divide(BigDecimal.valueOf(n), EXACT).setScale(1, RoundingMode.HALF_UP);
	}

}
