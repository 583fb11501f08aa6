package com.tasktable.units;

import java.util.List;
import java.util.Map;

/**
 * A change to the unit tree that breaks a rule; nothing was stored. Maps each form field
 * (or null for the whole form) to a message key.
 */
public class UnitRejectedException extends RuntimeException {

	private final transient List<Map.Entry<String, String>> violations;

	public UnitRejectedException(List<Map.Entry<String, String>> violations) {
		super("Rejected: " + violations);
		this.violations = List.copyOf(violations);
	}

	/** Pairs of (field, message key). */
	public List<Map.Entry<String, String>> violations() {
		return this.violations;
	}

}
