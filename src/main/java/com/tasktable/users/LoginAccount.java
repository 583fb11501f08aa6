package com.tasktable.users;

/**
 * What the security layer needs to check a password and build a session.
 *
 * @param user the person
 * @param passwordHash encoded password, with its {@code {id}} prefix
 * @param enabled false once an administrator disabled the account
 * @param locked true while the account is locked
 * @param mustChangePassword true while the password is a temporary one set by an
 * administrator
 */
public record LoginAccount(CurrentUser user, String passwordHash, boolean enabled, boolean locked,
		boolean mustChangePassword) {

	@Override
	public String toString() {
		return "LoginAccount[" + this.user.username() + "]";
	}

}
