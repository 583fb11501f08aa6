package com.tasktable.records.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.Quarters;
import com.tasktable.platform.BadParameterException;
import com.tasktable.platform.ValidYear;

/**
 * The period filter of the records list: {@code 2026}, {@code 2026-Q3} or
 * {@code 2026-07}, in a year of the campaign; anything else is a 400 naming
 * {@code period}.
 */
final class PeriodParam {

	static final String NAME = "period";

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0?[1-9]|1[0-2])");

	private PeriodParam() {
	}

	/** The period asked for, null when none. */
	static Period parse(String value, CampaignView campaign) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var text = value.strip();
		Matcher m;
		if ((m = YEAR.matcher(text)).matches()) {
			return Frequency.YEAR.periodContaining(LocalDate.of(year(m, campaign), 1, 1));
		}
		if ((m = QUARTER.matcher(text)).matches()) {
			int quarter = Integer.parseInt(m.group(2));
			return Quarters.period(year(m, campaign), quarter);
		}
		if ((m = MONTH.matcher(text)).matches()) {
			return Frequency.MONTH.periodContaining(LocalDate.of(year(m, campaign), Integer.parseInt(m.group(2)), 1));
		}
		throw new BadParameterException(NAME, "error.parameter.period");
	}

	private static int year(Matcher m, CampaignView campaign) {
		int year = Integer.parseInt(m.group(1));
		if (year < ValidYear.MIN || year > ValidYear.MAX) {
			throw new BadParameterException(NAME, "error.parameter.period");
		}
		return campaign.requireYear(NAME, year);
	}

	/** Years and quarters of the campaign, newest first, for the filter's choices. */
	static List<String> choicesFor(CampaignView campaign) {
		List<String> choices = new ArrayList<>();
		for (int year = campaign.endDate().getYear(); year >= campaign.startDate().getYear(); year--) {
			choices.add(Integer.toString(year));
			for (int quarter = 4; quarter >= 1; quarter--) {
				choices.add(year + "-Q" + quarter);
			}
		}
		return choices;
	}

}
