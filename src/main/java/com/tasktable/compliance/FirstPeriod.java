package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The first whole period a version judges. A version that starts inside a period of the
 * one before takes over at the next period of the walk ({@link Slots}); the partial
 * period where it starts is "phasing in". So a quarterly version from 15 November judges
 * nothing before the next 1 January: on a campaign that ends on 31 December it never
 * applies.
 */
public final class FirstPeriod {

	private FirstPeriod() {
	}

	/**
	 * The first period judged as a whole by the version starting on {@code versionStart},
	 * or empty when the walk never reaches it (a later version overtakes it first).
	 */
	public static Optional<Period> of(ObligationRules rules, LocalDate versionStart) {
		for (var segment : Slots.segments(rules)) {
			if (!segment.version().validFrom().equals(versionStart)) {
				continue;
			}
			var first = segment.version().cycle().periodContaining(segment.first());
			var whole = first.start().equals(segment.first()) ? first : first.next();
			if (segment.last() != null && whole.start().isAfter(segment.last())) {
				return Optional.empty();
			}
			return Optional.of(whole);
		}
		return Optional.empty();
	}

}
