package com.tasktable.security;

import java.util.LinkedHashMap;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.platform.DatabaseUnavailable;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password, for the login form and HTTP Basic alike, behind
 * {@link LoginThrottle}: a throttled account or address is refused before its password is
 * even checked, and that refusal is audited too.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	ThrottledAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle,
			AuditLog audit) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.audit = audit;
	}

	/**
	 * A database out of reach (the throttle's tables) fails the sign-in as an
	 * authentication failure, as the account's lookup does: "try again" on the login
	 * page, not an error from the middle of the security filters.
	 */
	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			return throttled(authentication);
		}
		catch (DataAccessException ex) {
			if (!DatabaseUnavailable.isCause(ex)) {
				throw ex;
			}
			throw new InternalAuthenticationServiceException(ex.getMessage(), ex);
		}
	}

	private Authentication throttled(Authentication authentication) {
		var username = String.valueOf(authentication.getName());
		var address = address(authentication);
		var until = this.throttle.blockedUntil(username, address);
		if (until != null) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("until", until.toString());
			this.audit.recordStandalone(SignInAudit.actor(username), null, "LOGIN_THROTTLED", details);
			throw new LoginThrottledException(until);
		}
		try {
			var result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username, address);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
