package com.tasktable.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.users.LoginAccount;
import com.tasktable.users.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a session's account again at most once a {@link AccountCheckProperties interval}
 * (a minute), on whichever instance serves the request: a disabled or locked account (or
 * one that is gone) ends the session on the spot, with the login page saying why; new
 * roles, unit or names replace the session's principal. The time of the last check is
 * kept in the session, so the instances share it; times come from the application's
 * clock.
 * <p>
 * The changes made through the application end the sessions at once
 * ({@link AccountSessions}); this check catches what that cannot (a change in the
 * database, a session saved by a request still running on another instance).
 */
class AccountCheckFilter extends OncePerRequestFilter {

	static final String CHECKED_AT = AccountCheckFilter.class.getName() + ".CHECKED_AT";

	private final Users users;

	private final Clock clock;

	private final Duration interval;

	private final AuditLog audit;

	private final AuthenticationEntryPoint ended;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	/**
	 * @param ended answers a request whose session just ended (a redirect to the login
	 * page, or a 401 problem)
	 */
	AccountCheckFilter(Users users, Clock clock, AccountCheckProperties settings, AuditLog audit,
			AuthenticationEntryPoint ended) {
		this.users = users;
		this.clock = clock;
		this.interval = settings.interval();
		this.audit = audit;
		this.ended = ended;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
				&& isDue(session)) {
			var account = this.users.findForLogin(user.getUsername()).filter(a -> a.enabled() && !a.locked());
			if (account.isEmpty()) {
				end(user, request, response, session);
				return;
			}
			session.setAttribute(CHECKED_AT, this.clock.instant());
			refresh(user, account.get(), authentication, request, response);
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the last check is an interval old. A session seen for the first time was
	 * opened by a sign-in, which checked the account: it is due an interval from now.
	 */
	private boolean isDue(HttpSession session) {
		var now = this.clock.instant();
		if (!(session.getAttribute(CHECKED_AT) instanceof Instant checked)) {
			session.setAttribute(CHECKED_AT, now);
			return false;
		}
		return now.isBefore(checked) || !now.isBefore(checked.plus(this.interval));
	}

	private void end(AuthenticatedUser user, HttpServletRequest request, HttpServletResponse response,
			HttpSession session) throws IOException, ServletException {
		this.audit.recordStandalone(user.getUsername(), user.currentUser().unit().id(), "SESSION_ENDED",
				Map.of("reason", "account disabled or locked"));
		session.invalidate();
		SecurityContextHolder.clearContext();
		this.ended.commence(request, response, null);
	}

	/** The session goes on as the account is now: roles, unit and names. */
	private void refresh(AuthenticatedUser user, LoginAccount account, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		var fresh = new AuthenticatedUser(account);
		fresh.eraseCredentials();
		if (fresh.currentUser().equals(user.currentUser()) && fresh.mustChangePassword() == user.mustChangePassword()) {
			return;
		}
		var token = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
		token.setDetails(authentication.getDetails());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
