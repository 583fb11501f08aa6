package com.tasktable.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

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
 * @param remoteAddress the address the request came from, null for start-up tasks
 */
public record AuditEntry(Long id, Instant occurredAt, String actor, Long unitId, String action, String entityType,
		String entityId, Map<String, Object> details, String remoteAddress) {

	/** Sign-ins and sign-outs, kept apart from the changes on the audit page. */
	public static final Set<String> SIGN_IN_ACTIONS = Set.of("LOGIN", "LOGIN_FAILED", "LOGOUT", "LOGIN_THROTTLED");

	public boolean isSignIn() {
		return SIGN_IN_ACTIONS.contains(this.action);
	}

}
