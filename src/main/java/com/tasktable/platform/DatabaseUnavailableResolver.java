package com.tasktable.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that failed because the database cannot be reached
 * ({@link DatabaseUnavailable}), wherever in a controller, a service or an interceptor it
 * was noticed and however it was wrapped: 503 with {@code Retry-After}, the friendly page
 * (or htmx panel) in the user's language, or under {@code /api/} a problem. Runs before
 * the controller advices, whose catch-all would make it a 500; logged in one line, since
 * the outage, not the request, is the fault. Failures outside Spring MVC (a security
 * filter) reach {@link ErrorPageController}, which answers the same.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);

	private final ErrorResponses responses;

	DatabaseUnavailableResolver(ErrorResponses responses) {
		this.responses = responses;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!DatabaseUnavailable.isCause(ex)) {
			return null;
		}
		log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		if (ErrorResponses.isApi(request)) {
			try {
				this.responses.writeDatabaseUnavailable(request, response);
			}
			catch (IOException failure) {
				throw new UncheckedIOException(failure);
			}
			return new ModelAndView();
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		return this.responses.page(HttpStatus.SERVICE_UNAVAILABLE, request, response);
	}

	/** Before the advices' handlers (order 0), after Spring Boot's error attributes. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
