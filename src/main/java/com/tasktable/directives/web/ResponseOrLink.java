package com.tasktable.directives.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A completion says something: a response, a link or both. Reported on the
 * {@code response} field, where the reporter starts writing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResponseOrLink.Validator.class)
@interface ResponseOrLink {

	String message() default "{directive.response.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ResponseOrLink, CompletionForm> {

		@Override
		public boolean isValid(CompletionForm form, ConstraintValidatorContext context) {
			if (!isBlank(form.getResponse()) || !isBlank(form.getResponseLink())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("response")
				.addConstraintViolation();
			return false;
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}

	}

}
