package com.tasktable.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet's limit fails before any controller is chosen, so this
 * advice is global: a problem for the API, the 413 page (or panel) for the screens.
 * Nothing was stored either way.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final ErrorResponses responses;

	UploadLimitAdvice(ErrorResponses responses) {
		this.responses = responses;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (ErrorResponses.isApi(request)) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.responses.problem(HttpStatus.PAYLOAD_TOO_LARGE, locale));
		}
		return this.responses.page(HttpStatus.PAYLOAD_TOO_LARGE, request, response);
	}

}
