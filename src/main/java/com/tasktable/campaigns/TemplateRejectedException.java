package com.tasktable.campaigns;

import java.util.List;

/**
 * An administrator's change that breaks a rule of the task table; nothing was stored.
 * Each violation names the form field it belongs to (null for the whole form) and a
 * message key.
 */
public class TemplateRejectedException extends RuntimeException {

	private final transient List<Violation> violations;

	public TemplateRejectedException(List<Violation> violations) {
		super("Rejected: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/**
	 * One broken rule.
	 *
	 * @param field the form field, null for the form as a whole
	 * @param code message key
	 * @param args message arguments
	 */
	public record Violation(String field, String code, List<Object> args) {

		public Violation {
			args = List.copyOf(args);
		}

		public static Violation of(String field, String code, Object... args) {
			return new Violation(field, code, List.of(args));
		}

	}

}
