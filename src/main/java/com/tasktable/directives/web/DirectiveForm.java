package com.tasktable.directives.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.tasktable.directives.NewDirective;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-directive form. The units are ids from the list the page showed; the service
 * checks each against the reviewer's scope again, whatever was sent.
 */
@DeadlineWithinCampaign
class DirectiveForm {

	/** Blank, or an http(s) link: anything else could run script from an href. */
	static final String WEB_LINK = "\\s*|\\s*https?://\\S+\\s*";

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 5000)
	private String text;

	@Size(max = 1000)
	@Pattern(regexp = WEB_LINK, flags = Pattern.Flag.CASE_INSENSITIVE)
	private String link;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	@NotEmpty
	private List<Long> unitIds = new ArrayList<>();

	// Set by the server before binding and never bound (see @InitBinder): bean validation
	// cannot know the campaign's today or last day by itself.
	private LocalDate today;

	private LocalDate lastDay;

	/** The earliest and latest deadline allowed: today and the campaign's last day. */
	void limitDeadline(LocalDate today, LocalDate lastDay) {
		this.today = today;
		this.lastDay = lastDay;
	}

	LocalDate today() {
		return this.today;
	}

	LocalDate lastDay() {
		return this.lastDay;
	}

	NewDirective toNewDirective() {
		return new NewDirective(this.title, this.text, this.link, this.deadline, new LinkedHashSet<>(this.unitIds));
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public List<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(List<Long> unitIds) {
		this.unitIds = unitIds;
	}

}
