package com.tasktable.platform;

import java.util.List;

/**
 * A broken rule, as a message code and its arguments, so that the web layer can say it in
 * the user's language next to the field it concerns. The one violation type of the
 * application: every module's service says no with a {@link RejectedException} that lists
 * these.
 *
 * @param field the form or request field, {@code null} when the rule concerns the whole
 * form
 * @param code message key, e.g. {@code record.error.future}
 * @param args message arguments
 */
public record Violation(String field, String code, List<Object> args) {

	public Violation {
		args = List.copyOf(args);
	}

	/** A rule broken by one field. */
	public static Violation of(String field, String code, Object... args) {
		return new Violation(field, code, List.of(args));
	}

	/** A rule broken by the form as a whole. */
	public static Violation whole(String code, Object... args) {
		return new Violation(null, code, List.of(args));
	}

	/** The arguments as a message source takes them. */
	public Object[] messageArgs() {
		return this.args.stream().map(String::valueOf).toArray();
	}

}
