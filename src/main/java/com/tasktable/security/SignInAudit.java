package com.tasktable.security;

import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.platform.DatabaseUnavailable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Every interactive sign-in, failed attempt and sign-out goes to the audit log. */
@Component
class SignInAudit {

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void onSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AuthenticatedUser user) {
			this.audit.recordStandalone(user.getUsername(), user.currentUser().unit().id(), "LOGIN", Map.of());
		}
	}

	/**
	 * A failed attempt, except one that failed because the database cannot be reached:
	 * that one cannot be written, and trying would turn the friendly "try again" into an
	 * error.
	 */
	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (DatabaseUnavailable.isCause(event.getException())) {
			return;
		}
		this.audit.recordStandalone(actor(String.valueOf(event.getAuthentication().getName())), null, "LOGIN_FAILED",
				Map.of("reason", event.getException().getClass().getSimpleName()));
	}

	/** The name someone typed, cut to fit the log. */
	static String actor(String name) {
		return (name.length() > 64) ? name.substring(0, 64) : name;
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AuthenticatedUser user) {
			this.audit.recordStandalone(user.getUsername(), user.currentUser().unit().id(), "LOGOUT", Map.of());
		}
	}

}
