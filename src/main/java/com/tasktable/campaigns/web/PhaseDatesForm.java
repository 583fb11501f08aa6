package com.tasktable.campaigns.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.Map;

import com.tasktable.campaigns.ObligationDetail;

/**
 * The phase dates of an obligation's units as the table sends them,
 * {@code start[<unit id>]=yyyy-MM-dd}, blank for "follows the obligation". A unit id that
 * is not a number does not bind, and the request is a 400 naming the parameter.
 */
public class PhaseDatesForm {

	static final String[] ALLOWED_FIELDS = { "start[*]" };

	private Map<Long, String> start = new LinkedHashMap<>();

	public Map<Long, String> getStart() {
		return this.start;
	}

	public void setStart(Map<Long, String> start) {
		this.start = start;
	}

	/** What was entered for each unit of the obligation, in the table's order. */
	Map<Long, String> entered(ObligationDetail detail) {
		Map<Long, String> entered = new LinkedHashMap<>();
		for (var unit : detail.units()) {
			var value = this.start.get(unit.unit().id());
			entered.put(unit.unit().id(), (value != null) ? value.trim() : "");
		}
		return entered;
	}

	/**
	 * The dates entered, null for a blank one.
	 * @param errors filled with the units whose date is not a date
	 */
	static Map<Long, LocalDate> dates(Map<Long, String> entered, Map<Long, String> errors) {
		Map<Long, LocalDate> starts = new LinkedHashMap<>();
		entered.forEach((unitId, value) -> {
			try {
				starts.put(unitId, value.isEmpty() ? null : LocalDate.parse(value));
			}
			catch (DateTimeParseException ex) {
				errors.put(unitId, "admin.error.date");
			}
		});
		return starts;
	}

	/**
	 * The unit each of the service's refusals is about, by the field it names
	 * ({@code starts[<unit id>]}): matched, never read back out of the text.
	 */
	static Map<String, Long> unitsByField(Collection<Long> unitIds) {
		Map<String, Long> units = new LinkedHashMap<>();
		unitIds.forEach(id -> units.put("starts[" + id + "]", id));
		return units;
	}

}
