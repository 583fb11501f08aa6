package com.tasktable.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import com.tasktable.platform.FieldChanges;

/**
 * The {@code before} and {@code after} of an audited change: only the fields whose values
 * differ, each side by field name ({@link FieldChanges}), as an entry's details.
 */
public final class AuditChanges {

	private AuditChanges() {
	}

	/**
	 * The details {@code before} and {@code after} of a change between two sets of
	 * fields, to put into an entry's details.
	 */
	public static Map<String, Object> between(Map<String, String> before, Map<String, String> after) {
		var changes = FieldChanges.between(before, after);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", new LinkedHashMap<>(changes.before()));
		details.put("after", new LinkedHashMap<>(changes.after()));
		return details;
	}

}
