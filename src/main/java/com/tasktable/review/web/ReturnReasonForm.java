package com.tasktable.review.web;

/** A return reason as the administrator's form sends it. */
class ReturnReasonForm {

	private String text;

	private String textEn;

	private int sortOrder;

	private boolean retired;

	private long version;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
