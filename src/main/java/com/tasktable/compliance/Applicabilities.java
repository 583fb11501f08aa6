package com.tasktable.compliance;

/**
 * Whether a period is judged for a unit. A period is judged only when the obligation
 * applied to the unit on every one of its days: the rules (docs/compliance-rules.md) ask
 * for "in force on the period's first day", and we apply the same to the other end, so a
 * period cut short by a retirement or by the unit leaving is not scored either (nobody is
 * judged on a period they only had part of).
 */
final class Applicabilities {

	private Applicabilities() {
	}

	static Applicability of(Slot slot, ObligationRules rules, UnitTerms unit) {
		var period = slot.period();
		if ((unit.activeFrom() != null && period.start().isBefore(unit.activeFrom()))
				|| (unit.activeTo() != null && period.end().isAfter(unit.activeTo()))) {
			return Applicability.INACTIVE;
		}
		if (rules.effectiveTo() != null && !period.end().isBefore(rules.effectiveTo())) {
			return Applicability.ENDED;
		}
		var start = rules.effectiveFrom();
		if (unit.phaseDate() != null && unit.phaseDate().isAfter(start)) {
			start = unit.phaseDate();
		}
		if (period.end().isBefore(start)) {
			return Applicability.NOT_STARTED;
		}
		if (period.start().isBefore(start) || !slot.whole()) {
			return Applicability.PHASING_IN;
		}
		return Applicability.APPLIES;
	}

}
