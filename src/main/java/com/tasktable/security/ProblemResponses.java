package com.tasktable.security;

import java.io.IOException;

import com.tasktable.platform.DatabaseUnavailable;
import com.tasktable.platform.ErrorResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * JSON answers (RFC 9457 problem details) for API requests that are not signed in or not
 * allowed, with the titles and texts of every other error answer ({@link ErrorResponses})
 * in the caller's language: the security filters answer before any controller, so they
 * write the problem themselves.
 */
@Component
class ProblemResponses {

	private final ErrorResponses responses;

	ProblemResponses(ErrorResponses responses) {
		this.responses = responses;
	}

	/**
	 * Not signed in: a 401, unless the credentials could not be checked because the
	 * database cannot be reached, which is a 503 with {@code Retry-After}.
	 */
	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			if (DatabaseUnavailable.isCause(ex)) {
				this.responses.writeDatabaseUnavailable(request, response);
				return;
			}
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"task-table\", Bearer");
			this.responses.writeProblem(request, response, HttpStatus.UNAUTHORIZED, null);
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> this.responses.writeProblem(request, response, HttpStatus.FORBIDDEN, null);
	}

	/**
	 * Signed in with a temporary password: the API waits until it is changed on the site.
	 */
	void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.responses.writeProblem(request, response, HttpStatus.FORBIDDEN, "security.api.passwordChange");
	}

}
