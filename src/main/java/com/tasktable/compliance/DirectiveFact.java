package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A directive issued to the unit, for a DIRECTIVE obligation. Dates are days in the
 * campaign's zone, so "done on the deadline day before midnight there" is on time, the
 * directives module's rule.
 *
 * @param deadline the last day it is on time
 * @param doneOn the day it was marked done, null while open
 */
public record DirectiveFact(LocalDate deadline, LocalDate doneOn) {

	public DirectiveFact {
		Objects.requireNonNull(deadline, "deadline");
	}

}
