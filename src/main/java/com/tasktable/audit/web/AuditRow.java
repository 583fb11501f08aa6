package com.tasktable.audit.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.tasktable.audit.AuditEntry;
import com.tasktable.audit.AuditNaming;
import com.tasktable.audit.AuditSubject;
import com.tasktable.units.UnitView;

/**
 * An entry as the page shows it, as a sentence: who (by name), what they did, to what (by
 * name, with a link), why; what changed field by field; the local time to read, the UTC
 * instant to rely on.
 *
 * @param entry the entry
 * @param local when, in the page's time zone
 * @param utc when, to the second, in UTC
 * @param unit its unit, null for entries without one
 * @param actor the actor's display name, the username when no account has it
 * @param subject what the entry is about, null when nobody names it
 * @param reason the reason given, null when none
 * @param changes the fields that changed, old and new
 * @param facts the other details, by name
 */
record AuditRow(AuditEntry entry, LocalDateTime local, Instant utc, UnitView unit, String actor, AuditSubject subject,
		String reason, List<Change> changes, Map<String, String> facts) {

	static AuditRow of(AuditEntry entry, ZoneId zone, Map<Long, UnitView> units, AuditNaming.Names names,
			Locale locale) {
		var utc = entry.occurredAt().truncatedTo(ChronoUnit.SECONDS);
		var details = (entry.details() != null) ? entry.details() : Map.<String, Object>of();
		List<Change> changes = new ArrayList<>();
		if (details.get("before") instanceof Map<?, ?> before && details.get("after") instanceof Map<?, ?> after) {
			after.forEach((field, value) -> changes.add(new Change(String.valueOf(field),
					Objects.toString(before.get(field), ""), Objects.toString(value, ""))));
		}
		Map<String, String> facts = new LinkedHashMap<>();
		details.forEach((key, value) -> {
			if (!key.equals("before") && !key.equals("after") && !key.equals("reason")) {
				facts.put(key, Objects.toString(value, ""));
			}
		});
		var reason = (details.get("reason") != null) ? details.get("reason").toString() : null;
		return new AuditRow(entry, LocalDateTime.ofInstant(utc, zone), utc,
				(entry.unitId() != null) ? units.get(entry.unitId()) : null, names.actor(entry),
				subject(entry, names, units, locale), reason, changes, facts);
	}

	/** Units are named from the reader's scope (the log depends on the unit tree). */
	private static AuditSubject subject(AuditEntry entry, AuditNaming.Names names, Map<Long, UnitView> units,
			Locale locale) {
		if ("unit".equals(entry.entityType()) && entry.entityId() != null && entry.entityId().matches("\\d{1,18}")) {
			var unit = units.get(Long.valueOf(entry.entityId()));
			return (unit != null) ? new AuditSubject(unit.displayName(locale), "/units/" + unit.code()) : null;
		}
		return names.subject(entry);
	}

	/** Whether the subject is a record, named by its title in quotes. */
	public boolean isRecord() {
		return "record".equals(this.entry.entityType());
	}

	/**
	 * One changed field.
	 *
	 * @param field its name
	 * @param before the old value, "" for none
	 * @param after the new value, "" for none
	 */
	record Change(String field, String before, String after) {
	}

}
