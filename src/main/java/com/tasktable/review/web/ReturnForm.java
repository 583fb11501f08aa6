package com.tasktable.review.web;

/**
 * Returning a record: a reason picked from the administrators' list and/or the reviewer's
 * own words (one of them required), and the version the reviewer saw.
 */
class ReturnForm {

	private Long reasonId;

	private String reason;

	public Long getReasonId() {
		return this.reasonId;
	}

	public void setReasonId(Long reasonId) {
		this.reasonId = reasonId;
	}

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
