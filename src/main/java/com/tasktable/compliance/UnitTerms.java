package com.tasktable.compliance;

import java.time.LocalDate;

/**
 * When an obligation can apply to one unit.
 *
 * @param phaseDate the unit's own start for the obligation (row 12's phases), null when
 * it starts with the obligation
 * @param activeFrom first day the unit takes part, null for always
 * @param activeTo last day the unit takes part (inclusive), null for open-ended
 */
public record UnitTerms(LocalDate phaseDate, LocalDate activeFrom, LocalDate activeTo) {

	/** A unit active throughout, starting with the obligation. */
	public static final UnitTerms ALWAYS = new UnitTerms(null, null, null);

	public UnitTerms {
		if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
			throw new IllegalArgumentException("A unit cannot stop before it starts: " + activeFrom + " > " + activeTo);
		}
	}

	public static UnitTerms phasedFrom(LocalDate phaseDate) {
		return new UnitTerms(phaseDate, null, null);
	}

}
