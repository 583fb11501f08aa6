package com.tasktable.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks units by score, highest first. Scores are compared as shown (2 decimals); equal
 * scores share a rank and the next rank skips (1, 2, 2, 4). Units without a score come
 * last, unranked, in the order given.
 */
public final class Ranking {

	private Ranking() {
	}

	public static <T> List<Ranked<T>> of(List<T> entries, Function<T, BigDecimal> score) {
		List<T> scored = new ArrayList<>();
		List<T> unscored = new ArrayList<>();
		for (var entry : entries) {
			((score.apply(entry) != null) ? scored : unscored).add(entry);
		}
		// stable: ties keep the given order
		scored.sort(Comparator.comparing((T e) -> shown(score.apply(e))).reversed());
		List<Ranked<T>> ranked = new ArrayList<>();
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < scored.size(); i++) {
			var value = shown(score.apply(scored.get(i)));
			if (previous == null || value.compareTo(previous) != 0) {
				rank = i + 1;
				previous = value;
			}
			ranked.add(new Ranked<>(rank, scored.get(i)));
		}
		for (var entry : unscored) {
			ranked.add(new Ranked<>(null, entry));
		}
		return ranked;
	}

	/**
	 * Places moved since an earlier ranking: positive when the unit went up; null when it
	 * was not ranked in one of them.
	 */
	public static Integer movement(Integer previousRank, Integer rank) {
		return (previousRank == null || rank == null) ? null : previousRank - rank;
	}

	private static BigDecimal shown(BigDecimal score) {
		return score.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * One ranked entry.
	 *
	 * @param rank 1 for the best; shared by equal scores; null without a score
	 * @param entry what was ranked
	 */
	public record Ranked<T>(Integer rank, T entry) {
	}

}
