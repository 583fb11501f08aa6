package com.tasktable.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the audit log as readers see it.
 *
 * @param id sequence number
 * @param occurredAt when, in UTC
 * @param actor username, or {@code system} for start-up tasks
 * @param unitId the unit concerned, may be null
 * @param action what happened, e.g. {@code LOGIN_FAILED}
 * @param entityType the kind of thing changed
 * @param entityId its id
 * @param details what changed
 */
public record AuditEntry(Long id, Instant occurredAt, String actor, Long unitId, String action, String entityType,
		String entityId, Map<String, Object> details) {
}
