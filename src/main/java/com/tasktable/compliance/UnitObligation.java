package com.tasktable.compliance;

import java.util.Objects;

/**
 * Everything the engine needs about one unit and one obligation: one row of a unit's
 * compliance, one cell column of the matrix.
 *
 * @param obligation the obligation's rules
 * @param unit when it applies to the unit
 * @param facts the unit's records and the reviewers' decisions for it
 */
public record UnitObligation(ObligationRules obligation, UnitTerms unit, Facts facts) {

	public UnitObligation {
		Objects.requireNonNull(obligation, "obligation");
		unit = (unit != null) ? unit : UnitTerms.ALWAYS;
		facts = (facts != null) ? facts : Facts.NONE;
	}

}
