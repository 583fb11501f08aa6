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

	/**
	 * The units in the first three places, place by place, without claiming three when
	 * ties make more ("排名前三位（含并列）的单位共 7 个：第一名：A（98.50 分）；并列第二名：B、C…") or when fewer are
	 * scored.
	 */
	public String summaryTop(Bulletin bulletin) {
		if (bulletin.top().isEmpty()) {
			return get("bulletin.summary.noScores");
		}
		var places = bulletin.places()
			.stream()
			.map(p -> get("bulletin.summary.place", place(p.rank(), p.tied()),
					p.rows()
						.stream()
						.map(r -> r.unit().displayName(this.locale))
						.collect(Collectors.joining(get("bulletin.summary.separator"))),
					score(p.rows().get(0).total())))
			.collect(Collectors.joining(get("bulletin.summary.placeSeparator")));
		int units = bulletin.top().size();
		if (units > 3) {
			return get("bulletin.summary.topTied", units, places);
		}
		return (units == 3) ? get("bulletin.summary.topThree", places) : get("bulletin.summary.topFew", places);
	}

	/** "第一名", "并列第二名" (1st, joint 2nd): one of the first three places in words. */
	public String place(int rank, boolean tied) {
		return get((tied ? "bulletin.place.tied." : "bulletin.place.") + rank);
	}

	/** A rank as a table shows it: "3", "3（并列）" when shared, "—" without a score. */
	public String rankCell(RankingTable table, RankingTable.Row row) {
		if (row.rank() == null) {
			return "—";
		}
		return table.tied(row) ? get("ranking.tiedCell", row.rank()) : row.rank().toString();
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

	/** The date of issue as an official notice writes it under its signature. */
	public String issuedOn(BulletinIssue issue) {
		var date = issue.date();
		return get("bulletin.issuedOn", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	public String note(Bulletin bulletin) {
		return get("scoring.note", bulletin.table().lateCreditPercent());
	}

	public static String score(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "—";
	}

}
