package com.tasktable.campaigns;

/**
 * A change that would re-judge or re-score periods that are over, refused until an
 * administrator confirms it with a reason on a page that shows its impact. Nothing was
 * stored.
 */
public class ChangeNeedsConfirmationException extends RuntimeException {

	private final transient ChangeImpact impact;

	private final String digest;

	private final boolean stale;

	private final String reasonError;

	ChangeNeedsConfirmationException(ChangeImpact impact, String digest, boolean stale, String reasonError) {
		super(stale ? "The impact changed since it was shown" : "A change to history needs a confirmation");
		this.impact = impact;
		this.digest = digest;
		this.stale = stale;
		this.reasonError = reasonError;
	}

	/** What the change would do now. */
	public ChangeImpact impact() {
		return this.impact;
	}

	/** The fingerprint a confirmation of this impact must name. */
	public String digest() {
		return this.digest;
	}

	/**
	 * The confirmation named an impact that is no longer the one the change would have
	 * (another administrator's change, new records): shown again as a conflict.
	 */
	public boolean stale() {
		return this.stale;
	}

	/** The message key of what is wrong with the reason, or null. */
	public String reasonError() {
		return this.reasonError;
	}

}
