package com.tasktable.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the container's limit fails while the security filters read the CSRF
 * token, before any controller runs. This filter, in front of them, turns that failure
 * into a 413: JSON for the API, and for the screens a redirect to a page that says so in
 * the user's language. Nothing was stored.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	static final String PAGE = "/upload-too-large";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilterRegistration(ErrorResponses responses) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				}
				catch (RuntimeException | ServletException | IOException ex) {
					if (!isUploadLimit(ex) || response.isCommitted()) {
						throw ex;
					}
					if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
						responses.writeProblem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, null);
					}
					else {
						response.sendRedirect(request.getContextPath() + PAGE);
					}
				}
			}
		});
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	static boolean isUploadLimit(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			var name = cause.getClass().getSimpleName();
			if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")
					|| cause instanceof MaxUploadSizeExceededException) {
				return true;
			}
		}
		return false;
	}

	@Controller
	static class UploadTooLargePage {

		private final ErrorResponses responses;

		UploadTooLargePage(ErrorResponses responses) {
			this.responses = responses;
		}

		@GetMapping(PAGE)
		ModelAndView show(HttpServletRequest request, HttpServletResponse response) {
			return this.responses.page(HttpStatus.PAYLOAD_TOO_LARGE, request, response);
		}

	}

}
