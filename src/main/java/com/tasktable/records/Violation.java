package com.tasktable.records;

import java.util.List;

/**
 * A broken rule on one field, as a message code and its arguments, so that the web layer
 * can say it in the user's language next to the field.
 *
 * @param field the form field ({@code null} for the whole record)
 * @param code message code, e.g. {@code record.error.future}
 * @param args message arguments
 */
public record Violation(String field, String code, List<Object> args) {

	public static Violation of(String field, String code, Object... args) {
		return new Violation(field, code, List.of(args));
	}

}
