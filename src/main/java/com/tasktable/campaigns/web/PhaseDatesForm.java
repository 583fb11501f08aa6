package com.tasktable.campaigns.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.tasktable.campaigns.ObligationDetail;
import com.tasktable.platform.BadParameterException;

/**
 * The phase dates of an obligation's units as the table sends them,
 * {@code start[<unit id>]=yyyy-MM-dd}, blank for "follows the obligation". A key that is
 * not a unit id is a 400 naming the parameter; an id of a unit not in the table is
 * ignored, as the table shows only the obligation's units.
 */
public class PhaseDatesForm {

	static final String[] ALLOWED_FIELDS = { "start[*]" };

	private static final Pattern UNIT_ID = Pattern.compile("\\d{1,18}");

	private Map<String, String> start = new LinkedHashMap<>();

	public Map<String, String> getStart() {
		return this.start;
	}

	public void setStart(Map<String, String> start) {
		this.start = start;
	}

	/** What was entered for each unit of the obligation, in the table's order. */
	Map<Long, String> entered(ObligationDetail detail) {
		for (var key : this.start.keySet()) {
			if (!UNIT_ID.matcher(key).matches()) {
				var parameter = "start[" + key + "]";
				throw new BadParameterException(parameter, "error.parameter.invalid", parameter);
			}
		}
		Map<Long, String> entered = new LinkedHashMap<>();
		for (var unit : detail.units()) {
			var value = this.start.get(String.valueOf(unit.unit().id()));
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
