package com.tasktable.records.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.tasktable.records.RecordDetails;
import com.tasktable.records.RecordDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The record form, for every kind; the template shows the fields the obligation's kind
 * uses. The unit, state and author are not here on purpose: they can never come from the
 * request.
 */
public class RecordForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate activityDate;

	private String title;

	private String details;

	/** One web address per line. */
	private String links;

	private String outlet;

	private String participants;

	private BigDecimal value;

	private String category;

	/** Makes a resent or double-clicked form create one record. */
	private UUID submissionToken = UUID.randomUUID();

	private long version;

	static RecordForm from(RecordDetails record) {
		var form = new RecordForm();
		var draft = record.draft();
		form.activityDate = draft.activityDate();
		form.title = draft.title();
		form.details = draft.details();
		form.links = String.join("\n", draft.links());
		form.outlet = draft.outlet();
		form.participants = draft.participants();
		form.value = draft.value();
		form.category = draft.category();
		form.version = record.version();
		return form;
	}

	RecordDraft toDraft() {
		var linkList = (this.links == null) ? List.<String>of() : Arrays.asList(this.links.split("\\R"));
		return new RecordDraft(this.activityDate, this.title, this.details, linkList, this.outlet, this.participants,
				this.value, this.category);
	}

	public LocalDate getActivityDate() {
		return this.activityDate;
	}

	public void setActivityDate(LocalDate activityDate) {
		this.activityDate = activityDate;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDetails() {
		return this.details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public String getLinks() {
		return this.links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public String getOutlet() {
		return this.outlet;
	}

	public void setOutlet(String outlet) {
		this.outlet = outlet;
	}

	public String getParticipants() {
		return this.participants;
	}

	public void setParticipants(String participants) {
		this.participants = participants;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public UUID getSubmissionToken() {
		return this.submissionToken;
	}

	public void setSubmissionToken(UUID submissionToken) {
		this.submissionToken = submissionToken;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
