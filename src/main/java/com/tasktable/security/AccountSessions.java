package com.tasktable.security;

import java.time.Instant;

import com.tasktable.users.AccountChanged;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Acts on a change to an account once it is committed: a disabled account, a reset
 * password or new roles end every session of the person (their next request, on any
 * instance, finds no session and lands on {@code /login?expired}), a password they
 * changed themselves ends their other sessions, an unlock forgets their failed sign-ins.
 * <p>
 * Sessions live in the database (Spring Session JDBC), found by the name of the person
 * signed in to them, so one instance ends the sessions every instance serves.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	private final LoginThrottle throttle;

	AccountSessions(FindByIndexNameSessionRepository<?> sessions, LoginThrottle throttle) {
		this.sessions = sessions;
		this.throttle = throttle;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AccountChanged event) {
		switch (event.change()) {
			case DISABLED, PASSWORD_RESET -> endSessionsBut(event.username(), null);
			// an administrator who changed their own unit or roles goes on as they are
			// now
			case ACCESS_CHANGED ->
				endSessionsBut(event.username(), isCurrentUser(event.username()) ? keepCurrent() : null);
			case UNLOCKED -> this.throttle.clear(event.username());
			case PASSWORD_CHANGED -> endSessionsBut(event.username(), keepCurrent());
		}
	}

	/**
	 * The session of the request that made the change, which goes on: its account is read
	 * again on its next request ({@link AccountCheckFilter}), so it carries the new
	 * roles, and no longer the temporary password, at once. Null without a session (the
	 * API).
	 */
	private static String keepCurrent() {
		var session = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest().getSession(false) : null;
		if (session == null) {
			return null;
		}
		session.setAttribute(AccountCheckFilter.CHECKED_AT, Instant.EPOCH);
		return session.getId();
	}

	private static boolean isCurrentUser(String username) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && username.equals(authentication.getName());
	}

	private void endSessionsBut(String username, String keep) {
		for (var id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
			}
		}
	}

}
