package com.tasktable.platform;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error dispatch (a 403 from the security filters, a 405 or a 404
 * from Spring's resolvers, an exception no advice handled): in place of Spring Boot's
 * error controller, whose model and fallback page were neither translated nor shaped for
 * htmx or the API.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

	private final ErrorResponses responses;

	ErrorPageController(ErrorResponses responses) {
		this.responses = responses;
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		var status = statusOf(request);
		if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		}
		if (ErrorResponses.isApi(request)) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.responses.problem(status, locale));
		}
		return this.responses.page(status, request, response);
	}

	/**
	 * The status the container set, except that a failure to reach the database (thrown
	 * by a filter, e.g. a token looked up while the server restarts) is a 503, not a 500.
	 */
	private static HttpStatusCode statusOf(HttpServletRequest request) {
		if (DatabaseUnavailable.isCause((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		var code = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) ? status : 500;
		return HttpStatusCode.valueOf((code < 400) ? 500 : code);
	}

}
