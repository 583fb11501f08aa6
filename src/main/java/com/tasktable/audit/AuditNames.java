package com.tasktable.audit;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * How the audit log names people and things for its readers: the module that owns a kind
 * of thing implements this (records name records, users name people, …), since the log
 * depends on none of them. Each method answers a whole page's ids in one statement; ids
 * it does not know are left out, and the log falls back to the kind and the id.
 */
public interface AuditNames {

	/** Display names by username, for the usernames this module knows. */
	default Map<String, String> actors(Collection<String> usernames) {
		return Map.of();
	}

	/**
	 * What readers call the things of {@code entityType} with these ids, by id, for the
	 * kinds this module owns (none for others).
	 */
	default Map<String, AuditSubject> subjects(String entityType, Collection<String> ids, Locale locale) {
		return Map.of();
	}

	/** The ids that are numbers, for an {@code = any(?)} over a bigint column. */
	static Long[] numericIds(Collection<String> ids) {
		return ids.stream().filter((id) -> id.matches("\\d{1,18}")).map(Long::valueOf).toArray(Long[]::new);
	}

}
