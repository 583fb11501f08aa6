package com.tasktable.records;

import java.util.List;

/**
 * A record or file that breaks a rule; nothing was stored. The violations say what to
 * show next to which field.
 */
public class RecordRejectedException extends RuntimeException {

	private final transient List<Violation> violations;

	public RecordRejectedException(List<Violation> violations) {
		super("Rejected: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
