package com.tasktable.review.web;

import java.time.LocalDate;

import com.tasktable.records.QueueFilter;

import org.springframework.format.annotation.DateTimeFormat;

/** The queue's filters as the page sends them. */
class QueueFilterForm {

	private String unit;

	private String obligation;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Integer minDays;

	QueueFilter toFilter() {
		return new QueueFilter(blankToNull(this.unit), blankToNull(this.obligation), this.from, this.to, this.minDays);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

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

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Integer getMinDays() {
		return this.minDays;
	}

	public void setMinDays(Integer minDays) {
		this.minDays = minDays;
	}

}
