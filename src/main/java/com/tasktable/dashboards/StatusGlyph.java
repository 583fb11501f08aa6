package com.tasktable.dashboards;

import java.util.Locale;

import com.tasktable.compliance.Status;

/**
 * How a status reads without its colour: one glyph per status, all different, so that two
 * statuses whose backgrounds a colour-blind reader cannot tell apart still differ. The
 * pages put the status's name beside it for screen readers; the legend shows both.
 */
public enum StatusGlyph {

	MET(Status.MET, "✓", "b2e2d5"), MET_LATE(Status.MET_LATE, "≈", "cce8f8"), MISSED(Status.MISSED, "✗", "f0c7a6"),
	DUE(Status.DUE, "○", "ffffff"), BEHIND(Status.BEHIND, "!", "f9f4b3"),
	AWAITING_REVIEW(Status.AWAITING_REVIEW, "⋯", "bfdcec"), NOT_APPLICABLE(Status.NOT_APPLICABLE, "–", "eceff1"),
	EXEMPT(Status.EXEMPT, "∅", "f0d7e5");

	private final Status status;

	private final String glyph;

	private final String fill;

	StatusGlyph(Status status, String glyph, String fill) {
		this.status = status;
		this.glyph = glyph;
		this.fill = fill;
	}

	public Status status() {
		return this.status;
	}

	public String glyph() {
		return this.glyph;
	}

	/**
	 * The background, as RGB hex: light tints of the Okabe–Ito palette (bluish green, sky
	 * blue, vermillion, yellow, blue, reddish purple), white and grey, the same in
	 * static/css/app.css and the workbook.
	 */
	public String fill() {
		return this.fill;
	}

	/**
	 * The colour class of the status on the pages: {@code cell-met-late} for MET_LATE.
	 */
	public String cssClass() {
		return "cell-" + this.status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The message key of the status's name. */
	public String messageKey() {
		return "status." + this.status.name();
	}

	public static StatusGlyph of(Status status) {
		return valueOf(status.name());
	}

}
