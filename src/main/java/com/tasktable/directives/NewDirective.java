package com.tasktable.directives;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a reviewer asks.
 *
 * @param title what is asked, in short
 * @param text details, may be blank
 * @param link an http(s) link, may be blank
 * @param deadline the last day, in the campaign's time zone; today at the earliest
 * @param unitIds the units asked, each strictly below the reviewer's unit
 */
public record NewDirective(String title, String text, String link, LocalDate deadline, Set<Long> unitIds) {

	public NewDirective {
		unitIds = Set.copyOf(unitIds);
	}

}
