package com.tasktable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} from request to request while
 * the application keeps its sessions in the database (Spring Session JDBC), which knows a
 * session only by its {@code SESSION} cookie: the cookie the application sets is kept in
 * the mock session, and sent back as a cookie with every request made with that mock
 * session, as a browser would. Spring Session's own filter, cookie and repository do the
 * rest, exactly as on a real server. Outside MockMvc (a real server) it does nothing.
 */
public class MockMvcSessions extends OncePerRequestFilter implements Ordered {

	/** The application's session cookie (Spring Session's default name). */
	public static final String COOKIE = "SESSION";

	private static final String KEPT = MockMvcSessions.class.getName() + ".COOKIE";

	/**
	 * The database session a mock session stands for ({@code SPRING_SESSION.SESSION_ID}),
	 * null when it has none.
	 */
	public static String id(HttpSession session) {
		return (session != null && session.getAttribute(KEPT) instanceof String value)
				? new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8) : null;
	}

	@Override
	public int getOrder() {
		// ahead of Spring Session's filter
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** MockMvc tests of the error page send error dispatches of their own. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var mockRequest = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
		var mockResponse = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
		if (mockRequest == null || mockResponse == null) {
			chain.doFilter(request, response);
			return;
		}
		var kept = mockRequest.getSession(false);
		if (kept != null && kept.getAttribute(KEPT) instanceof String value
				&& WebUtils.getCookie(mockRequest, COOKIE) == null) {
			var cookies = new ArrayList<>(
					Arrays.asList((mockRequest.getCookies() != null) ? mockRequest.getCookies() : new Cookie[0]));
			cookies.add(new Cookie(COOKIE, value));
			mockRequest.setCookies(cookies.toArray(Cookie[]::new));
		}
		chain.doFilter(request, response);
		var set = mockResponse.getCookie(COOKIE);
		if (set == null) {
			return;
		}
		if (set.getMaxAge() == 0 || set.getValue().isEmpty()) {
			if (mockRequest.getSession(false) != null) {
				mockRequest.getSession(false).removeAttribute(KEPT);
			}
		}
		else {
			mockRequest.getSession(true).setAttribute(KEPT, set.getValue());
		}
	}

}
