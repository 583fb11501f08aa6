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
 * A year the application can answer for: {@value #MIN}–{@value #MAX}. Whether it lies in
 * the campaign is the caller's check, which knows the campaign. Null passes (a parameter
 * left out takes its default).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Min(ValidYear.MIN)
@Max(ValidYear.MAX)
@ReportAsSingleViolation
public @interface ValidYear {

	/** The lowest accepted. */
	long MIN = 2000;

	/** The highest accepted. */
	long MAX = 2100;

	String message() default "{error.parameter.year}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
