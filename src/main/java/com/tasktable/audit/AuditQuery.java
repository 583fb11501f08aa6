package com.tasktable.audit;

import java.time.Instant;

import com.tasktable.units.UnitScope;

/**
 * What a reader asks of the audit log; every criterion is optional and they all apply
 * together. The reader's own scope is not part of it: the facade takes that separately,
 * so that no filter can widen it.
 *
 * @param actor username, matched without regard to case; null for anyone
 * @param actorPrefix whether {@code actor} is a prefix rather than the whole username
 * @param action an action such as {@code RECORD_CREATED}; null for any
 * @param unit only this unit and the units below it; null for the whole scope
 * @param from first instant included; null for no lower bound
 * @param to first instant no longer included; null for no upper bound
 * @param entityType the kind of thing changed; null for any
 * @param entityId its id; null for any
 * @param kind changes, sign-ins, or both
 */
public record AuditQuery(String actor, boolean actorPrefix, String action, UnitScope unit, Instant from, Instant to,
		String entityType, String entityId, Kind kind) {

	/** No criteria: everything the reader's scope covers. */
	public static final AuditQuery ALL = new AuditQuery(null, false, null, null, null, null, null, null, Kind.ALL);

	/**
	 * Which entries: sign-ins and sign-outs ({@link AuditEntry#SIGN_IN_ACTIONS}) apart
	 * from changes.
	 */
	public enum Kind {

		ALL, CHANGES, SIGN_INS

	}

	public AuditQuery {
		actor = blankToNull(actor);
		action = blankToNull(action);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
		kind = (kind != null) ? kind : Kind.ALL;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
