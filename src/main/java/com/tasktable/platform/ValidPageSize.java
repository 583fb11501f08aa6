package com.tasktable.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Rows per page of a list: {@value #MIN}–{@value #MAX}; a list never stops at a size it
 * does not say. Null passes (a parameter left out takes its default).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Min(ValidPageSize.MIN)
@Max(ValidPageSize.MAX)
@ReportAsSingleViolation
public @interface ValidPageSize {

	/** The lowest accepted. */
	long MIN = 1;

	/** The highest accepted. */
	long MAX = 500;

	String message() default "{error.parameter.size}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
