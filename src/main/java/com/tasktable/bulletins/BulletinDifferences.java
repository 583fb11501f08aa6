package com.tasktable.bulletins;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How today's computation of a bulletin's period differs from what was issued, figure by
 * figure: for each unit its rank, its score and the points it lost on each item (an item
 * scored on one side only counts as a change). Units ranked on one side only are one
 * difference each. Numbers are compared by value (5.0 equals 5.00).
 */
final class BulletinDifferences {

	private BulletinDifferences() {
	}

	static List<Difference> between(List<BulletinSnapshot.Row> published, List<BulletinSnapshot.Row> today) {
		Map<Long, BulletinSnapshot.Row> now = new LinkedHashMap<>();
		today.forEach(r -> now.put(r.unitId(), r));
		List<Difference> differences = new ArrayList<>();
		for (var was : published) {
			var is = now.remove(was.unitId());
			if (is == null) {
				differences
					.add(new Difference(was.unitCode(), was.unitName(), Figure.UNIT, null, was.scoreCell(), null));
				continue;
			}
			if (!Objects.equals(was.rank(), is.rank())) {
				differences.add(new Difference(was.unitCode(), was.unitName(), Figure.RANK, null, was.rankCell(),
						is.rankCell()));
			}
			if (!same(was.score(), is.score())) {
				differences.add(new Difference(was.unitCode(), was.unitName(), Figure.SCORE, null, was.scoreCell(),
						is.scoreCell()));
			}
			var codes = new LinkedHashSet<>(was.lost().keySet());
			codes.addAll(is.lost().keySet());
			for (var code : codes) {
				var before = was.lost().get(code);
				var after = is.lost().get(code);
				if (!same(before, after)) {
					differences.add(new Difference(was.unitCode(), was.unitName(), Figure.LOST, code,
							Objects.requireNonNullElse(before, "—"), Objects.requireNonNullElse(after, "—")));
				}
			}
		}
		for (var added : now.values()) {
			differences
				.add(new Difference(added.unitCode(), added.unitName(), Figure.UNIT, null, null, added.scoreCell()));
		}
		return differences;
	}

	private static boolean same(String a, String b) {
		if (a == null || b == null) {
			return a == null && b == null;
		}
		return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
	}

	/** What changed. */
	enum Figure {

		/** The unit is ranked on one side only. */
		UNIT,
		/** Its rank. */
		RANK,
		/** Its score out of 100. */
		SCORE,
		/** The points it lost on one item. */
		LOST

	}

}
