package com.tasktable.compliance;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.tasktable.compliance.Fixtures.ENGINE;
import static com.tasktable.compliance.Fixtures.approved;
import static com.tasktable.compliance.Fixtures.day;
import static com.tasktable.compliance.Fixtures.everyDay;
import static com.tasktable.compliance.Fixtures.period;
import static com.tasktable.compliance.Fixtures.quarter;
import static com.tasktable.compliance.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period that straddles the campaign's first or last day is judged within the campaign,
 * on its days inside it: no record falls between cells.
 */
class CampaignEdgesTests {

	/**
	 * The Guangxi campaign, 2018-01-01 to 2020-12-31, with a weekly TV column (2.R.2).
	 */
	static final ObligationRules WEEKLY_2018_2020 = ObligationRules
		.of(day("2018-01-01"), RuleVersion.countPerPeriod(day("2018-01-01"), Frequency.WEEK, 1))
		.within(day("2018-01-01"), day("2020-12-31"));

	/** A campaign from Thursday 2026-01-01 to 2026-12-31, weekly from its first day. */
	static final ObligationRules WEEKLY_2026 = ObligationRules
		.of(day("2026-01-01"), RuleVersion.countPerPeriod(day("2026-01-01"), Frequency.WEEK, 1))
		.within(day("2026-01-01"), day("2026-12-31"));

	@Test
	void theWeekThatStraddlesTheCampaignsLastDayIsJudgedOnItsDaysInsideIt() {
		var unit = subject(WEEKLY_2018_2020, approved("2020-12-28"));
		var q4 = ENGINE.cell(unit, quarter("2020-10-01"), day("2021-02-01"));
		var last = q4.evaluations().get(q4.evaluations().size() - 1);
		assertThat(last.period()).isEqualTo(new Period(Frequency.WEEK, day("2020-12-28"), day("2020-12-31")));
		assertThat(last.period().key()).isEqualTo("2020-W53");
		assertThat(last.due()).isEqualTo(day("2020-12-31"));
		assertThat(last.quarter().key()).isEqualTo("2020-Q4");
		assertThat(last.status()).isEqualTo(Status.MET);
		assertThat(last.approved()).isEqualTo(1);
		assertThat(q4.evaluations()).as("13 weeks end in Q4 2020, the cut 53rd included").hasSize(14);
		assertThat(ENGINE.cell(unit, quarter("2021-01-01"), day("2021-02-01")).evaluations())
			.as("nothing after the campaign")
			.isEmpty();
		assertThat(ENGINE.evaluate(unit, Frequency.WEEK.periodContaining(day("2021-01-01")), day("2021-02-01")))
			.as("asked for the calendar week, the engine judges its part inside the campaign")
			.get()
			.extracting(Evaluation::period)
			.isEqualTo(last.period());
		assertThat(ENGINE.evaluateOn(unit, day("2021-01-02"), day("2021-02-01"))).isEmpty();
	}

	@Test
	void theCutWeekCountsInTheCampaignsLastMonthsScore() {
		var unit = subject(WEEKLY_2018_2020, approved("2020-12-28"));
		var december = period(Frequency.MONTH, "2020-12-01");
		var evaluations = ENGINE.belongingTo(unit, december, day("2021-02-01"));
		assertThat(evaluations).extracting(e -> e.period().end())
			.containsExactly(day("2020-12-06"), day("2020-12-13"), day("2020-12-20"), day("2020-12-27"),
					day("2020-12-31"));
		var score = new Scoring(50).score(List.of(new Scoring.Item("2.R.2", new BigDecimal("100"), evaluations)));
		assertThat(score.total()).as("four weeks missed, the cut week met: 1 / 5").isEqualByComparingTo("20.00");
	}

	@Test
	void theWeekThatStraddlesTheCampaignsFirstDayIsJudgedOnItsDaysInsideIt() {
		var unit = subject(WEEKLY_2026, approved("2026-01-02"));
		var first = ENGINE.evaluateOn(unit, day("2026-01-01"), day("2026-02-01")).orElseThrow();
		assertThat(first.period()).isEqualTo(new Period(Frequency.WEEK, day("2026-01-01"), day("2026-01-04")));
		assertThat(first.period().key()).isEqualTo("2026-W01");
		assertThat(first.applicability()).as("the obligation starts with the campaign: judged, not phasing in")
			.isEqualTo(Applicability.APPLIES);
		assertThat(first.status()).isEqualTo(Status.MET);
		assertThat(ENGINE.evaluateOn(unit, day("2025-12-30"), day("2026-02-01"))).as("before the campaign").isEmpty();
		var earlier = ObligationRules
			.of(day("2025-06-01"), RuleVersion.countPerPeriod(day("2025-06-01"), Frequency.WEEK, 1))
			.within(day("2026-01-01"), day("2026-12-31"));
		assertThat(
				ENGINE.evaluateOn(subject(earlier), day("2026-01-02"), day("2026-02-01")).orElseThrow().applicability())
			.as("an obligation in force before the campaign: its cut first week applies")
			.isEqualTo(Applicability.APPLIES);
		var lateStart = ObligationRules
			.of(day("2026-01-07"), RuleVersion.countPerPeriod(day("2026-01-07"), Frequency.WEEK, 1))
			.within(day("2026-01-01"), day("2026-12-31"));
		assertThat(ENGINE.evaluateOn(subject(lateStart), day("2026-01-07"), day("2026-02-01"))
			.orElseThrow()
			.applicability()).as("an obligation that starts inside a week still phases in")
			.isEqualTo(Applicability.PHASING_IN);
	}

	@Test
	void aCutPeriodAsksForItsDaysOnlyWhenItCountsDays() {
		var daily = ObligationRules.of(day("2026-01-01"), RuleVersion.dailyActivity(day("2026-01-01"), Frequency.WEEK))
			.within(day("2026-01-01"), day("2026-12-31"));
		var firstWeek = ENGINE
			.evaluateOn(subject(daily, everyDay("2026-01-01", "2026-01-04").toArray(RecordFact[]::new)),
					day("2026-01-01"), day("2026-01-20"))
			.orElseThrow();
		assertThat(firstWeek.required()).as("90% of 4 days, rounded up").isEqualTo(4);
		assertThat(firstWeek.status()).isEqualTo(Status.MET);
		var yearly = ObligationRules.of(day("2026-03-15"), RuleVersion.countPerYear(day("2026-03-15"), 6))
			.within(day("2026-03-15"), day("2026-12-31"));
		var year = ENGINE.evaluateOn(subject(yearly), day("2026-07-01"), day("2026-07-01")).orElseThrow();
		assertThat(year.period()).isEqualTo(new Period(Frequency.YEAR, day("2026-03-15"), day("2026-12-31")));
		assertThat(year.required()).as("the target is not cut").isEqualTo(6);
		assertThat(((Progress.Pace) year.progress()).expectedToDate())
			.as("March to June over, of the ten months March to December: 6 × 4 / 10")
			.isEqualTo(2);
	}

	@Test
	void aDatedEventWindowIsCutToo() {
		var newYearsEve = ObligationRules
			.of(day("2018-01-01"), RuleVersion.datedEvent(day("2018-01-01"), MonthDay.of(12, 31), 3, 3))
			.within(day("2018-01-01"), day("2020-12-31"));
		var last = ENGINE.evaluate(subject(newYearsEve), period(Frequency.YEAR, "2020-01-01"), day("2021-02-01"))
			.orElseThrow();
		assertThat(last.window()).isEqualTo(new DateRange(day("2020-12-28"), day("2020-12-31")));
		assertThat(last.due()).isEqualTo(day("2020-12-31"));
	}

}
