package com.tasktable.scoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * The bulletin's words in the reader's language, shared by the page and the exports so
 * that they say the same thing.
 */
public final class BulletinText {

	private final MessageSource messages;

	private final Locale locale;

	public BulletinText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	public String get(String code, Object... args) {
		return this.messages.getMessage(code, args, code, this.locale);
	}

	public String title(Bulletin bulletin) {
		var table = bulletin.table();
		var span = table.span();
		var campaign = table.campaign().displayName(this.locale);
		return span.monthly() ? get("bulletin.heading.month", campaign, span.year(), span.month())
				: get("bulletin.heading.year", campaign, span.year());
	}

	public String period(Bulletin bulletin) {
		var period = bulletin.table().span().period();
		return get("bulletin.period", period.start().toString(), period.end().toString());
	}

	public String summaryTop(Bulletin bulletin) {
		if (bulletin.top().isEmpty()) {
			return get("bulletin.summary.noScores");
		}
		var names = bulletin.top()
			.stream()
			.map(r -> get("bulletin.summary.topUnit", r.rank(), r.unit().displayName(this.locale), score(r.total())))
			.collect(Collectors.joining(get("bulletin.summary.separator")));
		return get("bulletin.summary.top", names);
	}

	public String summaryMissed(Bulletin bulletin) {
		if (bulletin.missed().isEmpty()) {
			return get("bulletin.summary.noneMissed");
		}
		var units = bulletin.missed()
			.stream()
			.map(m -> get("bulletin.summary.missedUnit", m.unit().displayName(this.locale),
					m.items()
						.stream()
						.map(o -> o.displayNameWithCode(this.locale))
						.collect(Collectors.joining(get("bulletin.summary.separator")))))
			.collect(Collectors.joining(get("bulletin.summary.separator")));
		return get("bulletin.summary.missed", bulletin.missed().size(), units);
	}

	/** The number, issuing unit and date line of an issued bulletin. */
	public String issue(BulletinIssue issue) {
		return get("bulletin.issue", issue.number(), issue.issuingUnit(), issue.date().toString());
	}

	public String note(Bulletin bulletin) {
		return get("scoring.note", bulletin.table().lateCreditPercent());
	}

	public static String score(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "—";
	}

}
