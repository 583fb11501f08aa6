package com.tasktable.directives;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.tasktable.units.UnitView;

/**
 * A directive as other modules and the screens see it.
 *
 * @param id database id
 * @param campaignCode the campaign it belongs to
 * @param title what is asked, in short
 * @param text details, may be null
 * @param link an http(s) link to what must be forwarded or answered, may be null
 * @param deadline the last day, read in the campaign's time zone
 * @param timeZone the campaign's time zone
 * @param issuingUnit the issuer's unit
 * @param issuedBy the issuer's display name, null if the account is gone or disabled
 * @param issuedAt when it was issued (UTC)
 */
public record DirectiveView(Long id, String campaignCode, String title, String text, String link, LocalDate deadline,
		ZoneId timeZone, UnitView issuingUnit, String issuedBy, Instant issuedAt) {

	/** When it was issued, on the campaign's wall clock. */
	public LocalDateTime issuedAtLocal() {
		return LocalDateTime.ofInstant(this.issuedAt, this.timeZone);
	}

	/**
	 * The text's lines, for pages: a paragraph each keeps the issuer's line breaks
	 * without inline styles.
	 */
	public List<String> textLines() {
		return lines(this.text);
	}

	static List<String> lines(String value) {
		return (value != null) ? value.lines().filter(line -> !line.isBlank()).toList() : List.of();
	}

}
