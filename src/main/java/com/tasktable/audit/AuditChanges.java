package com.tasktable.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code before} and {@code after} of an audited change: only the fields whose values
 * differ, each side by field name. A field missing on one side counts as "".
 */
public final class AuditChanges {

	private AuditChanges() {
	}

	/**
	 * The details {@code before} and {@code after} of a change between two sets of
	 * fields, to put into an entry's details.
	 */
	public static Map<String, Object> between(Map<String, String> before, Map<String, String> after) {
		Map<String, String> was = new LinkedHashMap<>();
		Map<String, String> now = new LinkedHashMap<>();
		after.forEach((field, value) -> {
			var old = before.getOrDefault(field, "");
			if (!old.equals(value)) {
				was.put(field, old);
				now.put(field, value);
			}
		});
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", was);
		details.put("after", now);
		return details;
	}

}
