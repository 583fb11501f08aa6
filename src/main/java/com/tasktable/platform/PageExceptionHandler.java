package com.tasktable.platform;

import java.util.Locale;

import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Error pages for the screens: a friendly page in the user's language, never a stack
 * trace. Everything not handled here reaches {@code error/5xx} through Spring Boot's
 * error controller.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

	/**
	 * A year, quarter, month, page or period the screen cannot show: the page names the
	 * parameter and says what it accepts, instead of quietly showing something else.
	 */
	@ExceptionHandler({ BadParameterException.class, BindException.class, HandlerMethodValidationException.class,
			ConstraintViolationException.class, TypeMismatchException.class,
			MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameter(Exception ex, Locale locale, Model model) {
		model.addAttribute("errors", ParameterErrors.of(ex, this.messages, locale));
		return "error/400";
	}

}
