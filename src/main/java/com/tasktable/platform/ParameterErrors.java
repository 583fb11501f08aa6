package com.tasktable.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Every way a request's parameters can be refused (a form that does not bind or validate,
 * a constrained {@code @RequestParam}, a value of the wrong type, a missing one, a rule
 * checked by the controller), read as one list of "this parameter: why", so that the API
 * and the screens name the same parameter with the same words.
 */
final class ParameterErrors {

	private ParameterErrors() {
	}

	/** The exceptions {@link #of} understands. */
	static boolean understands(Exception ex) {
		return ex instanceof BadParameterException || ex instanceof BindException
				|| ex instanceof HandlerMethodValidationException || ex instanceof ConstraintViolationException
				|| ex instanceof TypeMismatchException || ex instanceof MissingServletRequestParameterException;
	}

	/**
	 * The parameters refused, each with its message in the reader's language.
	 */
	static List<ParameterError> of(Exception ex, MessageSource messages, Locale locale) {
		List<ParameterError> errors = new ArrayList<>();
		if (ex instanceof BadParameterException bad) {
			errors.add(error(bad.parameter(), bad.message(), messages, locale));
		}
		else if (ex instanceof BindException bind) {
			for (var field : bind.getFieldErrors()) {
				errors.add(error(field.getField(), resolvable(field), messages, locale));
			}
			for (var global : bind.getGlobalErrors()) {
				errors.add(error(global.getObjectName(), global, messages, locale));
			}
		}
		else if (ex instanceof HandlerMethodValidationException validation) {
			for (var result : validation.getParameterValidationResults()) {
				var parameter = result.getMethodParameter();
				var requestParam = parameter.getParameterAnnotation(RequestParam.class);
				var name = (requestParam != null && !requestParam.name().isEmpty()) ? requestParam.name()
						: parameter.getParameterName();
				for (var resolvable : result.getResolvableErrors()) {
					errors.add(error(name, resolvable, messages, locale));
				}
			}
		}
		else if (ex instanceof ConstraintViolationException violations) {
			for (var violation : violations.getConstraintViolations()) {
				String name = null;
				for (Path.Node node : violation.getPropertyPath()) {
					name = node.getName();
				}
				errors.add(error(name, new DefaultMessageSourceResolvable(null, violation.getMessage()), messages,
						locale));
			}
		}
		else if (ex instanceof TypeMismatchException mismatch) {
			errors.add(error(mismatch.getPropertyName(), invalid(mismatch.getPropertyName()), messages, locale));
		}
		else if (ex instanceof MissingServletRequestParameterException missing) {
			errors.add(error(missing.getParameterName(),
					new DefaultMessageSourceResolvable(new String[] { "error.parameter.missing" },
							new Object[] { missing.getParameterName() }, missing.getParameterName() + " is required"),
					messages, locale));
		}
		return errors;
	}

	/**
	 * A field error as the message to show: a value that did not convert says so in our
	 * own words, never in the converter's.
	 */
	static MessageSourceResolvable resolvable(FieldError error) {
		return error.isBindingFailure() ? invalid(error.getField()) : error;
	}

	private static MessageSourceResolvable invalid(String parameter) {
		return new DefaultMessageSourceResolvable(new String[] { "error.parameter.invalid" },
				new Object[] { parameter }, parameter + " has an invalid value");
	}

	private static ParameterError error(String parameter, MessageSourceResolvable message, MessageSource messages,
			Locale locale) {
		return new ParameterError(parameter, messages.getMessage(message, locale));
	}

	/**
	 * One refused parameter.
	 *
	 * @param parameter its name in the request
	 * @param message why, in the reader's language
	 */
	record ParameterError(String parameter, String message) {
	}

}
