package com.tasktable.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names a page of entries: who did it and what it was about, asking every module's
 * {@link AuditNames} once per kind of thing on the page (so a page costs the same
 * statements however many entries it shows).
 */
@Component
public class AuditNaming {

	private final List<AuditNames> names;

	AuditNaming(ObjectProvider<AuditNames> names) {
		this.names = names.orderedStream().toList();
	}

	/** The names of the actors and subjects of {@code entries}. */
	public Names of(List<AuditEntry> entries, Locale locale) {
		Set<String> usernames = new LinkedHashSet<>();
		Map<String, Set<String>> idsByType = new LinkedHashMap<>();
		for (var entry : entries) {
			if (entry.actor() != null) {
				usernames.add(entry.actor());
			}
			if (entry.entityType() != null && entry.entityId() != null) {
				idsByType.computeIfAbsent(entry.entityType(), (t) -> new LinkedHashSet<>()).add(entry.entityId());
			}
		}
		Map<String, String> actors = new HashMap<>();
		Map<String, AuditSubject> subjects = new HashMap<>();
		if (!usernames.isEmpty()) {
			this.names.forEach((n) -> actors.putAll(n.actors(new ArrayList<>(usernames))));
		}
		idsByType.forEach((type, ids) -> this.names
			.forEach((n) -> n.subjects(type, ids, locale).forEach((id, s) -> subjects.put(type + "#" + id, s))));
		return new Names(actors, subjects);
	}

	/**
	 * A page's names.
	 *
	 * @param actors display names by username
	 * @param subjects subjects by "type#id"
	 */
	public record Names(Map<String, String> actors, Map<String, AuditSubject> subjects) {

		/** The actor's display name, or the username when it is not a known account. */
		public String actor(AuditEntry entry) {
			return (entry.actor() != null) ? this.actors.getOrDefault(entry.actor(), entry.actor()) : null;
		}

		/** What the entry is about, null when nobody names it. */
		public AuditSubject subject(AuditEntry entry) {
			return this.subjects.get(entry.entityType() + "#" + entry.entityId());
		}

	}

}
