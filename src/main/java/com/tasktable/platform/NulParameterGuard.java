package com.tasktable.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose parameters hold a NUL character before any controller sees it:
 * PostgreSQL cannot store or compare one, so it would otherwise end as a 500. Thrown from
 * an interceptor, the refusal is answered by the controller's own advice (a problem on
 * the API, the 400 page on the screens).
 */
class NulParameterGuard implements HandlerInterceptor {

	private static final char NUL = '\u0000';

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (var parameter : request.getParameterMap().entrySet()) {
			var name = parameter.getKey();
			boolean bad = name.indexOf(NUL) >= 0;
			for (var value : parameter.getValue()) {
				bad |= value != null && value.indexOf(NUL) >= 0;
			}
			if (bad) {
				var shown = name.replace(NUL, '?');
				throw new BadParameterException(shown, "error.parameter.invalid", shown);
			}
		}
		return true;
	}

}
