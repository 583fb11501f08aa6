package com.tasktable.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

/**
 * What the service checks whoever calls it. The forms check the same first, with messages
 * next to the field; these checks are the backstop for every other caller.
 */
final class DirectiveRules {

	/**
	 * Links are shown as {@code href}s, so only http and https may pass: a
	 * {@code javascript:} link would run in the reader's session.
	 */
	private static final Pattern WEB_LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

	static final int MAX_TITLE = 300;

	static final int MAX_TEXT = 5000;

	static final int MAX_LINK = 1000;

	private DirectiveRules() {
	}

	static void check(NewDirective request, List<UnitView> targets, CampaignView campaign, Clock clock) {
		require(targets.size() > 0, "A directive needs at least one unit");
		require(request.title() != null && !request.title().isBlank() && request.title().length() <= MAX_TITLE,
				"A directive needs a title of at most " + MAX_TITLE + " characters");
		require(request.text() == null || request.text().length() <= MAX_TEXT, "The text is too long");
		requireWebLink(request.link());
		var deadline = request.deadline();
		require(deadline != null, "A directive needs a deadline");
		require(new DirectiveDeadline(deadline, campaign.timeZone()).isNotPast(clock),
				"The deadline " + deadline + " has passed");
		require(!deadline.isAfter(campaign.endDate()), "The deadline is after the campaign's last day");
	}

	static void checkCompletion(String response, String link) {
		require(response != null || link != null, "A completion needs a response or a link");
		require(response == null || response.length() <= MAX_TEXT, "The response is too long");
		requireWebLink(link);
	}

	/**
	 * The campaign's DIRECTIVE-kind obligation the directive counts for (6.C.1 when
	 * cities are asked); none when the units asked are of different levels.
	 */
	static Long obligationFor(Campaigns campaigns, UnitScope scope, CampaignView campaign, List<UnitView> targets,
			LocalDate asOf) {
		var levels = targets.stream().map(UnitView::level).distinct().toList();
		if (levels.size() != 1) {
			return null;
		}
		return campaigns.taskTable(scope, campaign.code(), asOf)
			.stream()
			.filter(o -> o.terms().kind() == ObligationKind.DIRECTIVE && o.level() == levels.get(0))
			.filter(o -> o.effectiveTo() == null || o.effectiveTo().isAfter(asOf))
			.map(o -> o.id())
			.findFirst()
			.orElse(null);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static void requireWebLink(String link) {
		var value = blankToNull(link);
		require(value == null || (value.length() <= MAX_LINK && WEB_LINK.matcher(value).matches()),
				"A link must start with http:// or https://");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
