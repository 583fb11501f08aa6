package com.tasktable.security;

import com.tasktable.users.AccountChanged;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Acts on an administrator's change to an account once it is committed: a disabled
 * account or a reset password ends every session of the person (their next request signs
 * them out), a password they changed themselves ends their other sessions, an unlock
 * forgets their failed sign-ins.
 */
@Component
class AccountSessions {

	private final SessionRegistry sessions;

	private final LoginThrottle throttle;

	AccountSessions(SessionRegistry sessions, LoginThrottle throttle) {
		this.sessions = sessions;
		this.throttle = throttle;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AccountChanged event) {
		switch (event.change()) {
			case DISABLED, PASSWORD_RESET -> endSessions(event.username());
			case UNLOCKED -> this.throttle.clear(event.username());
			case PASSWORD_CHANGED -> endSessionsBut(event.username(), currentSessionId());
		}
	}

	private static String currentSessionId() {
		var attributes = RequestContextHolder.getRequestAttributes();
		return (attributes != null) ? attributes.getSessionId() : null;
	}

	private void endSessionsBut(String username, String keep) {
		for (var principal : this.sessions.getAllPrincipals()) {
			if (principal instanceof AuthenticatedUser user && user.getUsername().equals(username)) {
				this.sessions.getAllSessions(principal, false)
					.stream()
					.filter(s -> !s.getSessionId().equals(keep))
					.forEach(s -> s.expireNow());
			}
		}
	}

	private void endSessions(String username) {
		for (var principal : this.sessions.getAllPrincipals()) {
			if (principal instanceof AuthenticatedUser user && user.getUsername().equals(username)) {
				this.sessions.getAllSessions(principal, false).forEach(s -> s.expireNow());
			}
		}
	}

}
