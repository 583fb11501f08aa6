package com.tasktable.records;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.platform.Violation;

/**
 * The checks a record must pass before it is stored, the same for pages and API. Plain
 * Java, with "today" passed in.
 */
public final class RecordRules {

	static final int MAX_TITLE = 300;

	static final int MAX_TEXT = 10_000;

	static final int MAX_LINKS = 20;

	private RecordRules() {
	}

	/**
	 * Everything wrong with a draft; empty when it may be stored.
	 * @param context the obligation, campaign dates and today in the campaign's zone
	 */
	public static List<Violation> check(RecordDraft draft, Context context) {
		List<Violation> violations = new ArrayList<>();
		var kind = context.terms().kind();
		if (!kind.isLoggedByUnits()) {
			violations.add(Violation.whole("record.error.notLoggable"));
			return violations;
		}
		checkDate(draft.activityDate(), context, violations);
		if (kind != ObligationKind.METRIC_TARGET && kind != ObligationKind.DAILY_ACTIVITY && draft.title() == null) {
			violations.add(Violation.of("title", "record.error.required"));
		}
		if (draft.title() != null && draft.title().length() > MAX_TITLE) {
			violations.add(Violation.of("title", "record.error.tooLong", MAX_TITLE));
		}
		if (draft.details() != null && draft.details().length() > MAX_TEXT) {
			violations.add(Violation.of("details", "record.error.tooLong", MAX_TEXT));
		}
		checkLinks(draft.links(), violations);
		checkKind(draft, context, violations);
		return violations;
	}

	private static void checkDate(LocalDate day, Context context, List<Violation> violations) {
		if (day == null) {
			violations.add(Violation.of("activityDate", "record.error.required"));
			return;
		}
		if (day.isAfter(context.today())) {
			violations.add(Violation.of("activityDate", "record.error.future"));
		}
		else if (day.isBefore(context.campaignStart()) || day.isAfter(context.campaignEnd())) {
			violations.add(Violation.of("activityDate", "record.error.outsideCampaign", context.campaignStart(),
					context.campaignEnd()));
		}
		else if (day.isBefore(context.startsForUnit())) {
			violations.add(Violation.of("activityDate", "record.error.beforeStart", context.startsForUnit()));
		}
		else if (context.lockedPeriod()) {
			violations.add(Violation.of("activityDate", "record.error.locked"));
		}
	}

	private static void checkLinks(List<String> links, List<Violation> violations) {
		if (links.size() > MAX_LINKS) {
			violations.add(Violation.of("links", "record.error.tooManyLinks", MAX_LINKS));
		}
		for (var link : links) {
			if (!isWebAddress(link)) {
				violations.add(Violation.of("links", "record.error.link", link));
				return;
			}
		}
	}

	static boolean isWebAddress(String link) {
		try {
			var uri = new URI(link);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && link.length() <= 2000;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void checkKind(RecordDraft draft, Context context, List<Violation> violations) {
		var terms = context.terms();
		switch (terms.kind()) {
			case METRIC_TARGET -> {
				if (draft.value() == null) {
					violations.add(Violation.of("value", "record.error.required"));
				}
				else if (draft.value().signum() < 0 || draft.value().compareTo(new BigDecimal("1e12")) >= 0) {
					violations.add(Violation.of("value", "record.error.value"));
				}
			}
			case COVERAGE -> {
				if (draft.category() == null) {
					violations.add(Violation.of("category", "record.error.required"));
				}
				else if (!terms.coverageCategories().contains(draft.category())) {
					violations.add(Violation.of("category", "record.error.category"));
				}
			}
			case DATED_EVENT -> {
				var day = draft.activityDate();
				if (day != null && context.eventWindow() != null && !context.eventWindow().contains(day)) {
					violations.add(Violation.of("activityDate", "record.error.outsideWindow",
							context.eventWindow().from(), context.eventWindow().to()));
				}
			}
			default -> {
			}
		}
		if (terms.kind() != ObligationKind.METRIC_TARGET && draft.value() != null) {
			violations.add(Violation.of("value", "record.error.noValue"));
		}
		if (terms.kind() != ObligationKind.COVERAGE && draft.category() != null) {
			violations.add(Violation.of("category", "record.error.category"));
		}
	}

	/**
	 * What the checks need to know besides the draft.
	 *
	 * @param terms the obligation's version in force on the activity date
	 * @param campaignStart first day of the campaign
	 * @param campaignEnd last day of the campaign
	 * @param startsForUnit first day the obligation applies to the unit (phase date)
	 * @param today today in the campaign's time zone
	 * @param lockedPeriod the activity date's period is closed for this unit
	 * @param eventWindow for a dated event, the window of the activity date's year
	 */
	public record Context(ObligationTerms terms, LocalDate campaignStart, LocalDate campaignEnd,
			LocalDate startsForUnit, LocalDate today, boolean lockedPeriod, DateWindow eventWindow) {
	}

	/**
	 * Days from {@code from} to {@code to}, both included.
	 *
	 * @param from first day
	 * @param to last day
	 */
	public record DateWindow(LocalDate from, LocalDate to) {

		public boolean contains(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

}
