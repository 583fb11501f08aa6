package com.tasktable.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a change did to a thing's fields: only the fields whose values differ, each side
 * by field name, in the order of {@code after}. A field missing on one side counts as "".
 * The one diff behind every audited change ({@code audit.AuditChanges} puts it into an
 * entry's details; the unit tree publishes it with its events).
 *
 * @param before the changed fields' old values
 * @param after the changed fields' new values
 */
public record FieldChanges(Map<String, String> before, Map<String, String> after) {

	public FieldChanges {
		before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
		after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
	}

	/** The fields that differ between two sets of fields. */
	public static FieldChanges between(Map<String, String> before, Map<String, String> after) {
		Map<String, String> was = new LinkedHashMap<>();
		Map<String, String> now = new LinkedHashMap<>();
		after.forEach((field, value) -> {
			var old = before.getOrDefault(field, "");
			var changed = (value != null) ? value : "";
			if (!old.equals(changed)) {
				was.put(field, old);
				now.put(field, changed);
			}
		});
		return new FieldChanges(was, now);
	}

}
