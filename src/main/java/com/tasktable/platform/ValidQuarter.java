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
 * A calendar quarter, 1–4. Null passes (a parameter left out takes its default).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Min(ValidQuarter.MIN)
@Max(ValidQuarter.MAX)
@ReportAsSingleViolation
public @interface ValidQuarter {

	/** The lowest accepted. */
	long MIN = 1;

	/** The highest accepted. */
	long MAX = 4;

	String message() default "{error.parameter.quarter}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
