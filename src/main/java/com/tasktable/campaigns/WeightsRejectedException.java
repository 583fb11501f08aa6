package com.tasktable.campaigns;

import java.util.Map;

/**
 * Weights that break a rule; nothing was stored. Message codes by field: an obligation's
 * code, or {@code sum}.
 */
public class WeightsRejectedException extends RuntimeException {

	private final transient Map<String, String> errors;

	public WeightsRejectedException(Map<String, String> errors) {
		super("Weights rejected: " + errors);
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return this.errors;
	}

}
