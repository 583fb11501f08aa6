package com.tasktable.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a person sends to log or change a record, before any check. Never carries the
 * unit, the state or the author: those come from the signed-in user and the workflow, not
 * from the request.
 *
 * @param activityDate the day the activity happened (for a metric: the as-of date of the
 * value)
 * @param title what was done
 * @param details free text
 * @param links web addresses, one per entry
 * @param outlet where it appeared or took place (newspaper, TV, venue)
 * @param participants who took part
 * @param value a metric reading (e.g. followers)
 * @param category the coverage category covered
 */
public record RecordDraft(LocalDate activityDate, String title, String details, List<String> links, String outlet,
		String participants, BigDecimal value, String category) {

	public RecordDraft {
		links = (links != null) ? links.stream().map(String::trim).filter(l -> !l.isEmpty()).toList() : List.of();
		title = trimToNull(title);
		details = trimToNull(details);
		outlet = trimToNull(outlet);
		participants = trimToNull(participants);
		category = trimToNull(category);
	}

	/**
	 * Metric readings and daily ticks need no title from the person: they get the
	 * obligation's.
	 */
	public RecordDraft withTitleIfMissing(String fallback) {
		return (this.title != null) ? this : new RecordDraft(this.activityDate, fallback, this.details, this.links,
				this.outlet, this.participants, this.value, this.category);
	}

	private static String trimToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
