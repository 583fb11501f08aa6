package com.tasktable.platform;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * A query parameter the request cannot be answered with (a quarter 9, a year outside the
 * campaign, a page past the range): a 400 naming the parameter, as a problem detail on
 * the API and a page in the reader's language on the screens.
 */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	private final transient MessageSourceResolvable message;

	/**
	 * @param parameter the parameter's name as the request spells it
	 * @param code message code in the bundles
	 * @param args the message's arguments
	 */
	public BadParameterException(String parameter, String code, Object... args) {
		this(parameter, new DefaultMessageSourceResolvable(new String[] { code }, args, code));
	}

	BadParameterException(String parameter, MessageSourceResolvable message) {
		super(parameter + ": " + message.getDefaultMessage());
		this.parameter = parameter;
		this.message = message;
	}

	/**
	 * Throws for the first of {@code fields} a form could not bind or validate: the form
	 * shows its other fields' errors itself, but a broken page or period is not worth a
	 * form.
	 */
	public static void rejectAny(BindingResult result, String... fields) {
		for (var field : List.of(fields)) {
			var error = result.getFieldError(field);
			if (error != null) {
				throw new BadParameterException(field, ParameterErrors.resolvable(error));
			}
		}
	}

	public String parameter() {
		return this.parameter;
	}

	MessageSourceResolvable message() {
		return this.message;
	}

}
