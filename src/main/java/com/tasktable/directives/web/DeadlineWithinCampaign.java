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
 * A directive's deadline lies between the campaign's today and its last day. A class
 * constraint, because "today" depends on the campaign's time zone, which the form
 * carries; the error is reported on the {@code deadline} field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DeadlineWithinCampaign.Validator.class)
@interface DeadlineWithinCampaign {

	String message() default "{directive.deadline.past}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DeadlineWithinCampaign, DirectiveForm> {

		@Override
		public boolean isValid(DirectiveForm form, ConstraintValidatorContext context) {
			var deadline = form.getDeadline();
			if (deadline == null) {
				return true;
			}
			if (form.today() != null && deadline.isBefore(form.today())) {
				return reject(context, "{directive.deadline.past}");
			}
			if (form.lastDay() != null && deadline.isAfter(form.lastDay())) {
				return reject(context, "{directive.deadline.afterCampaign}");
			}
			return true;
		}

		private static boolean reject(ConstraintValidatorContext context, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode("deadline").addConstraintViolation();
			return false;
		}

	}

}
