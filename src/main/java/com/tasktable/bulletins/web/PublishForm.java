package com.tasktable.bulletins.web;

/**
 * What a reviewer publishes: a campaign's month (or, without a month, its year); the
 * confirmation of the warnings; for a correction, the bulletin corrected and why.
 */
public class PublishForm {

	private String campaign;

	private Integer year;

	private Integer month;

	private boolean confirmed;

	private Long corrects;

	private String correctionNote;

	public String getCampaign() {
		return this.campaign;
	}

	public void setCampaign(String campaign) {
		this.campaign = campaign;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getMonth() {
		return this.month;
	}

	public void setMonth(Integer month) {
		this.month = month;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public Long getCorrects() {
		return this.corrects;
	}

	public void setCorrects(Long corrects) {
		this.corrects = corrects;
	}

	public String getCorrectionNote() {
		return this.correctionNote;
	}

	public void setCorrectionNote(String correctionNote) {
		this.correctionNote = correctionNote;
	}

}
