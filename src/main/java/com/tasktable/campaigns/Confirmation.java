package com.tasktable.campaigns;

/**
 * An administrator's confirmation of a change to history: the fingerprint of the impact
 * the page showed ({@link ChangeImpact#digest}) and the reason.
 *
 * @param digest the impact's fingerprint the page carried
 * @param reason why the change is made (required, at most {@link #MAX_REASON} characters)
 */
public record Confirmation(String digest, String reason) {

	public static final int MAX_REASON = 500;

	/** No confirmation given (a plain save): a guarded change is then refused. */
	public static Confirmation none() {
		return new Confirmation(null, null);
	}

	/** Whether the administrator confirmed at all (from the impact page). */
	public boolean given() {
		return this.digest != null && !this.digest.isBlank();
	}

}
