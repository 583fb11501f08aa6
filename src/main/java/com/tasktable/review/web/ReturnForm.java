package com.tasktable.review.web;

/** Returning a record: the reason (required) and the version the reviewer saw. */
class ReturnForm {

	private String reason;

	private long version;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
