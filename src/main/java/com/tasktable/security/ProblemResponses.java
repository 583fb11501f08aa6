package com.tasktable.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * JSON answers (RFC 9457 problem details) for API requests that are not signed in or not
 * allowed.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"task-table\", Bearer");
			write(response, HttpStatus.UNAUTHORIZED, "Authentication required: HTTP Basic or a personal access token");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "Not allowed for your role or unit");
	}

	/**
	 * Signed in with a temporary password: the API waits until it is changed on the site.
	 */
	static void passwordChangeRequired(HttpServletResponse response) throws IOException {
		write(response, HttpStatus.FORBIDDEN,
				"Your password is a temporary one: change it at /account/password before using the API");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
				.formatted(status.getReasonPhrase(), status.value(), detail));
	}

}
