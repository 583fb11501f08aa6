package com.tasktable.security;

import com.tasktable.users.AccountChanged;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

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
			// an administrator who changed their own unit or roles goes on: the account
			// check refreshes the session within a minute
			case ACCESS_CHANGED ->
				endSessionsBut(event.username(), isCurrentUser(event.username()) ? currentSessionId() : null);
			case UNLOCKED -> this.throttle.clear(event.username());
			case PASSWORD_CHANGED -> endSessionsBut(event.username(), currentSessionId());
		}
	}

	private static boolean isCurrentUser(String username) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && username.equals(authentication.getName());
	}

	private static String currentSessionId() {
		var attributes = RequestContextHolder.getRequestAttributes();
		return (attributes != null) ? attributes.getSessionId() : null;
	}

	private void endSessionsBut(String username, String keep) {
		for (var id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
			}
		}
	}

}
