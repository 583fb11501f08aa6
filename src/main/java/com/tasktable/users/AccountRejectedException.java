package com.tasktable.users;

import java.util.List;

/**
 * An account change that breaks a rule; nothing was stored. Each violation names the form
 * field (null for the whole form) and a message key.
 */
public class AccountRejectedException extends RuntimeException {

	private final transient List<Violation> violations;

	public AccountRejectedException(List<Violation> violations) {
		super("Rejected: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/**
	 * One broken rule.
	 *
	 * @param field the form field, null for the whole form
	 * @param code message key
	 */
	public record Violation(String field, String code) {
	}

}
