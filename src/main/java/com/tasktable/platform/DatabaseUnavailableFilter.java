package com.tasktable.platform;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/**
 * A signed-in page's session lives in the database: Spring Session's filter reads it
 * before any controller and writes it back (its last access, a new CSRF token) when the
 * answer is committed. While the database is away either fails outside Spring MVC, so
 * {@link DatabaseUnavailableResolver} never sees it, and the container's error dispatch
 * passes Spring Session's filter again, waits for another connection and fails the same
 * way. This filter, just in front of Spring Session's, answers such a failure as the
 * resolver would: 503 with {@code Retry-After}, the friendly page (or htmx panel) in the
 * user's language, or under {@code /api/} a problem. The page is rendered here, without
 * the session: signed out, without a CSRF token, nothing read from the database.
 * <p>
 * Once the answer is committed Spring Session reads and saves the session once more, at
 * the very end (its cache cleared by the first save): a failure there comes after a whole
 * page was sent, and is only logged, so the browser gets the end of that page rather than
 * a connection cut off.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilterRegistration(ErrorResponses responses,
			LocaleResolver locales, @Qualifier("thymeleafViewResolver") ViewResolver views) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				}
				catch (RuntimeException | ServletException | IOException ex) {
					if (!DatabaseUnavailable.isCause(ex)) {
						throw ex;
					}
					if (response.isCommitted()) {
						log.warn("Database unavailable after the answer to {} {} was sent: {}", request.getMethod(),
								request.getRequestURI(), ex.getMessage());
						return;
					}
					log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(),
							request.getRequestURI(), ex.getMessage());
					response.resetBuffer();
					answer(request, response, responses, locales, views);
				}
			}
		});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	private static void answer(HttpServletRequest request, HttpServletResponse response, ErrorResponses responses,
			LocaleResolver locales, ViewResolver views) throws IOException, ServletException {
		if (ErrorResponses.isApi(request)) {
			responses.writeDatabaseUnavailable(request, response);
			return;
		}
		// the token the security filters left for the page would be read from the session
		for (var name : Collections.list(request.getAttributeNames())) {
			if (request.getAttribute(name) instanceof CsrfToken) {
				request.removeAttribute(name);
			}
		}
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		var page = responses.page(HttpStatus.SERVICE_UNAVAILABLE, request, response);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		try {
			var view = views.resolveViewName(page.getViewName(), locales.resolveLocale(request));
			view.render(page.getModel(), request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			throw failure;
		}
		catch (Exception failure) {
			throw new ServletException(failure);
		}
	}

}
