package com.tasktable.security;

import java.io.IOException;
import java.util.List;

import com.tasktable.users.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a temporary password (set by an administrator) sees only the
 * page that changes it, until they have. Only such sessions cost a lookup.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/webjars/",
			"/img/", "/favicon");

	private final Users users;

	private final ProblemResponses api;

	/**
	 * @param users to see whether the password was changed since the session began
	 * @param api for the JSON API, which answers 403 instead of redirecting; null for the
	 * pages
	 */
	PasswordChangeFilter(Users users, ProblemResponses api) {
		this.users = users;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
				&& user.mustChangePassword() && !isOpen(request)
				&& this.users.mustChangePassword(user.currentUser().id())) {
			if (this.api != null) {
				this.api.passwordChangeRequired(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isOpen(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.stream().anyMatch(path::startsWith);
	}

}
