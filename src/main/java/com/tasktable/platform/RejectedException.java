package com.tasktable.platform;

import java.util.List;

/**
 * A change that breaks a rule; nothing was stored. The violations say what to show next
 * to which field. Pages bind them with {@link Violations}; the API answers them as a 400
 * problem listing each field's message.
 */
public class RejectedException extends RuntimeException {

	private final transient List<Violation> violations;

	private final boolean conflict;

	public RejectedException(List<Violation> violations) {
		this(violations, false);
	}

	private RejectedException(List<Violation> violations, boolean conflict) {
		super("Rejected: " + violations);
		this.conflict = conflict;
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("A rejection needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	/** Refused for one reason on one field. */
	public static RejectedException because(String field, String code, Object... args) {
		return new RejectedException(List.of(Violation.of(field, code, args)));
	}

	/** Refused for one reason that concerns the whole form. */
	public static RejectedException because(String code) {
		return new RejectedException(List.of(Violation.whole(code)));
	}

	/**
	 * Refused because of the state things are in, not because of what was asked (already
	 * published, not over yet): the API answers 409 rather than 400.
	 */
	public static RejectedException conflict(String code) {
		return new RejectedException(List.of(Violation.whole(code)), true);
	}

	/** Throws when any rule was broken. */
	public static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/** Whether the request was refused because of the state of the data (409). */
	public boolean isConflict() {
		return this.conflict;
	}

}
