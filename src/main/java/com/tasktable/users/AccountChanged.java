package com.tasktable.users;

/**
 * An administrator, or the person, changed how someone may sign in or what they may do.
 * The security module ends the person's sessions or lifts a sign-in throttle; published
 * inside the transaction and acted on once it commits.
 *
 * @param username whose account
 * @param change what happened
 */
public record AccountChanged(String username, Change change) {

	/** What happened to the account. */
	public enum Change {

		/** Disabled: every session ends now. */
		DISABLED,
		/** A temporary password was set: every session ends now. */
		PASSWORD_RESET,
		/**
		 * Roles or unit changed: every session ends now, so that none goes on with the
		 * rights it was opened with.
		 */
		ACCESS_CHANGED,
		/** Unlocked: failed sign-ins are forgotten. */
		UNLOCKED,
		/**
		 * The person changed their own password: their other sessions end (one on a lost
		 * or shared device, say); the one they changed it in goes on.
		 */
		PASSWORD_CHANGED

	}

}
