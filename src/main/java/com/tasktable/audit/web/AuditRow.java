package com.tasktable.audit.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.tasktable.audit.AuditEntry;
import com.tasktable.units.UnitView;

/**
 * An entry as the page shows it: the local time to read, the UTC instant to rely on.
 *
 * @param entry the entry
 * @param local when, in the page's time zone
 * @param utc when, to the second, in UTC
 * @param unit its unit, null for entries without one
 */
record AuditRow(AuditEntry entry, LocalDateTime local, Instant utc, UnitView unit) {

	static AuditRow of(AuditEntry entry, ZoneId zone, Map<Long, UnitView> units) {
		var utc = entry.occurredAt().truncatedTo(ChronoUnit.SECONDS);
		return new AuditRow(entry, LocalDateTime.ofInstant(utc, zone), utc,
				(entry.unitId() != null) ? units.get(entry.unitId()) : null);
	}

}
