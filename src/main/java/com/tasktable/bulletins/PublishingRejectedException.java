package com.tasktable.bulletins;

/**
 * A bulletin that cannot be published as asked. {@code warnings} is set when the only
 * reason is that the reviewer has not confirmed them.
 */
public class PublishingRejectedException extends RuntimeException {

	private final String reason;

	private final transient PublishingWarnings warnings;

	PublishingRejectedException(String reason, PublishingWarnings warnings) {
		super(reason);
		this.reason = reason;
		this.warnings = warnings;
	}

	/** A message key: {@code bulletins.error.<reason>}. */
	public String reason() {
		return this.reason;
	}

	/** The unconfirmed warnings, null for other reasons. */
	public PublishingWarnings warnings() {
		return this.warnings;
	}

	static PublishingRejectedException unconfirmed(PublishingWarnings warnings) {
		return new PublishingRejectedException("unconfirmed", warnings);
	}

	static PublishingRejectedException because(String reason) {
		return new PublishingRejectedException(reason, null);
	}

}
