package com.tasktable.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for the account or from the address: try again later. */
class LoginThrottledException extends AuthenticationException {

	private final Instant until;

	LoginThrottledException(Instant until) {
		super("Too many failed sign-ins; retry after " + until);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
