package com.tasktable.records.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;

/**
 * The period filter of the records list: {@code 2026}, {@code 2026-Q3} or
 * {@code 2026-07}; anything else is ignored.
 */
final class PeriodParam {

	private PeriodParam() {
	}

	static Period parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			if (value.matches("\\d{4}")) {
				return Frequency.YEAR.periodContaining(LocalDate.of(Integer.parseInt(value), 1, 1));
			}
			if (value.matches("\\d{4}-Q[1-4]")) {
				int quarter = value.charAt(6) - '0';
				return Frequency.QUARTER
					.periodContaining(LocalDate.of(Integer.parseInt(value.substring(0, 4)), quarter * 3 - 2, 1));
			}
			if (value.matches("\\d{4}-\\d{2}")) {
				return Frequency.MONTH.periodContaining(YearMonth.parse(value).atDay(1));
			}
		}
		catch (RuntimeException ex) {
			return null;
		}
		return null;
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
