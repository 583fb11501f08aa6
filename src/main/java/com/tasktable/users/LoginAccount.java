package com.tasktable.users;

/**
 * What the security layer needs to check a password and build a session.
 *
 * @param user the person
 * @param passwordHash encoded password, with its {@code {id}} prefix
 * @param enabled false once an administrator disabled the account
 * @param locked true while the account is locked
 */
public record LoginAccount(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {

	@Override
	public String toString() {
		return "LoginAccount[" + this.user.username() + "]";
	}

}
