package com.tasktable.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;

/**
 * How reliably a unit does what a row asks.
 *
 * @param usual the chance that a period is met, on most rows
 * @param daily the chance of an update on any day
 * @param weakRows the rows it lags in
 * @param weak the chance on those
 * @param weakDaily the chance of a daily update when that row is weak
 * @param returnRate the share of its records the reviewer returns
 */
record Diligence(double usual, double daily, Set<Long> weakRows, double weak, double weakDaily, double returnRate) {

	static Diligence usual(Random random) {
		return new Diligence(0.93 + 0.06 * random.nextDouble(), 0.95 + 0.045 * random.nextDouble(), Set.of(), 0, 0,
				0.03);
	}

	/**
	 * Two or three weak rows, the first one scored every month, so the monthly ranking
	 * shows it.
	 */
	static Diligence lagging(List<ObligationView> rows, Random random) {
		var monthly = new ArrayList<>(rows.stream().filter(o -> scoredMonthly(o)).toList());
		var others = new ArrayList<>(rows.stream().filter(o -> !scoredMonthly(o)).toList());
		Collections.shuffle(monthly, random);
		Collections.shuffle(others, random);
		Set<Long> weak = new HashSet<>();
		if (!monthly.isEmpty()) {
			weak.add(monthly.get(0).id());
		}
		others.stream().limit(1 + random.nextInt(2)).forEach(o -> weak.add(o.id()));
		return new Diligence(0.88 + 0.07 * random.nextDouble(), 0.95 + 0.04 * random.nextDouble(), weak,
				0.55 + 0.2 * random.nextDouble(), 0.88 + 0.04 * random.nextDouble(), 0.06);
	}

	private static boolean scoredMonthly(ObligationView o) {
		var cycle = o.terms().cycle();
		return cycle == Frequency.MONTH || cycle == Frequency.WEEK;
	}

	double of(ObligationView obligation) {
		return this.weakRows.contains(obligation.id()) ? this.weak : this.usual;
	}

	double dailyOf(ObligationView obligation) {
		return this.weakRows.contains(obligation.id()) ? this.weakDaily : this.daily;
	}

	/**
	 * The chance that a period is met: the row's, for a month or longer; a week misses
	 * less often, so that a weekly row is not red every quarter.
	 */
	static double forPeriod(double rate, Period period) {
		return 1 - (1 - rate) * Math.min(1, period.lengthInDays() / 30.0);
	}

}
