package com.tasktable.review.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** An exemption: which unit, obligation and period (any day in it), and why. */
class ExemptionForm {

	private String unit;

	private String obligation;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	private String reason;

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getObligation() {
		return this.obligation;
	}

	public void setObligation(String obligation) {
		this.obligation = obligation;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
