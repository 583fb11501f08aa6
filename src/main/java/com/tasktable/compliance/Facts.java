package com.tasktable.compliance;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one unit did for one obligation, and what reviewers decided about it.
 *
 * @param records the unit's records, in any state (returned and withdrawn ones are
 * ignored)
 * @param directives directives issued to the unit, for a DIRECTIVE obligation
 * @param ratings a reviewer's rating (0–100) per period, for an ASSESSMENT obligation
 * @param exemptions periods a reviewer exempted the unit from
 */
public record Facts(List<RecordFact> records, List<DirectiveFact> directives, Map<Period, Integer> ratings,
		Set<Period> exemptions) {

	public static final Facts NONE = new Facts(List.of(), List.of(), Map.of(), Set.of());

	public Facts {
		records = (records != null) ? List.copyOf(records) : List.of();
		directives = (directives != null) ? List.copyOf(directives) : List.of();
		ratings = (ratings != null) ? Map.copyOf(ratings) : Map.of();
		exemptions = (exemptions != null) ? Set.copyOf(exemptions) : Set.of();
		for (var rating : ratings.values()) {
			if (rating < 0 || rating > 100) {
				throw new IllegalArgumentException("A rating is 0 to 100: " + rating);
			}
		}
	}

	public static Facts of(List<RecordFact> records) {
		return new Facts(records, List.of(), Map.of(), Set.of());
	}

	public Facts withDirectives(List<DirectiveFact> directives) {
		return new Facts(this.records, directives, this.ratings, this.exemptions);
	}

	public Facts withRatings(Map<Period, Integer> ratings) {
		return new Facts(this.records, this.directives, ratings, this.exemptions);
	}

	public Facts withExemptions(Set<Period> exemptions) {
		return new Facts(this.records, this.directives, this.ratings, exemptions);
	}

}
