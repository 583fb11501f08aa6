package com.tasktable.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for the screens: a friendly page in the user's language (for htmx, the
 * panel alone), never a stack trace. Everything not handled here reaches
 * {@link ErrorPageController} through the servlet container's error dispatch.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final MessageSource messages;

	private final ErrorResponses responses;

	PageExceptionHandler(MessageSource messages, ErrorResponses responses) {
		this.messages = messages;
		this.responses = responses;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return this.responses.page(HttpStatus.NOT_FOUND, request, response);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
		return this.responses.page(HttpStatus.CONFLICT, request, response);
	}

	/**
	 * A year, quarter, month, page or period the screen cannot show: the page names the
	 * parameter and says what it accepts, instead of quietly showing something else.
	 */
	@ExceptionHandler({ BadParameterException.class, BindException.class, HandlerMethodValidationException.class,
			ConstraintViolationException.class, TypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ModelAndView badParameter(Exception ex, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		var view = this.responses.page(HttpStatus.BAD_REQUEST, request, response);
		view.addObject("errors", ParameterErrors.of(ex, this.messages, locale));
		return view;
	}

}
