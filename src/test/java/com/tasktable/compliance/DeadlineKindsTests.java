package com.tasktable.compliance;

import java.time.MonthDay;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.tasktable.compliance.Fixtures.CAMPAIGN_START;
import static com.tasktable.compliance.Fixtures.ENGINE;
import static com.tasktable.compliance.Fixtures.approved;
import static com.tasktable.compliance.Fixtures.day;
import static com.tasktable.compliance.Fixtures.evaluate;
import static com.tasktable.compliance.Fixtures.pending;
import static com.tasktable.compliance.Fixtures.period;
import static com.tasktable.compliance.Fixtures.quarter;
import static com.tasktable.compliance.Fixtures.rules;
import static com.tasktable.compliance.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

/** Milestones and dated events: judged by a deadline or a window, once or every year. */
class DeadlineKindsTests {

	/** 2.C.1: set up the "曝光台" column by the end of 2018. */
	static final ObligationRules COLUMN = rules(RuleVersion.milestone(CAMPAIGN_START, day("2018-12-31")));

	static final Period YEAR_2018 = period(Frequency.YEAR, "2018-01-01");

	/** 11.C.1: June 5 Environment Day, 7 days either side. */
	static final ObligationRules JUNE_5 = rules(RuleVersion.datedEvent(CAMPAIGN_START, MonthDay.of(6, 5), 7, 7));

	/** 11.C.3: National Low Carbon Day, stored per year, mid-June as a fallback. */
	static final ObligationRules LOW_CARBON_DAY = rules(
			RuleVersion.datedEvent(CAMPAIGN_START, MonthDay.of(6, 15), 7, 7))
		.withEventDates(Map.of(2018, day("2018-06-13"), 2019, day("2019-06-19"), 2020, day("2020-07-02")));

	@Test
	void aMilestoneDoneBeforeItsDeadlineIsMetAndAfterItMetLate() {
		var before = evaluate(subject(COLUMN, approved("2018-11-01")), YEAR_2018, "2019-03-01");
		assertThat(before.status()).isEqualTo(Status.MET);
		assertThat(before.progress()).isEqualTo(new Progress.Milestone(day("2018-12-31"), day("2018-11-01")));
		assertThat(before.quarter().key()).isEqualTo("2018-Q4");
		assertThat(evaluate(subject(COLUMN, approved("2019-01-05")), YEAR_2018, "2019-03-01").status())
			.isEqualTo(Status.MET_LATE);
		assertThat(evaluate(subject(COLUMN, approved("2018-12-30", "2019-01-20")), YEAR_2018, "2019-03-01").status())
			.as("done in time, logged late")
			.isEqualTo(Status.MET_LATE);
		assertThat(evaluate(subject(COLUMN, pending("2018-06-01")), YEAR_2018, "2018-12-31").status())
			.as("done, waiting for the reviewer")
			.isEqualTo(Status.AWAITING_REVIEW);
		assertThat(evaluate(subject(COLUMN, pending("2018-06-01")), YEAR_2018, "2019-03-01").status())
			.isEqualTo(Status.AWAITING_REVIEW);
		assertThat(evaluate(subject(COLUMN, pending("2019-01-05")), YEAR_2018, "2019-03-01").status())
			.as("a pending record after the deadline would only make it met late")
			.isEqualTo(Status.MISSED);
		var inGrace = evaluate(subject(COLUMN), YEAR_2018, "2019-01-10");
		assertThat(inGrace.status()).isEqualTo(Status.DUE);
		assertThat(inGrace.lateEntriesUntil()).isEqualTo(day("2019-01-10"));
		assertThat(evaluate(subject(COLUMN), YEAR_2018, "2019-01-11").status()).isEqualTo(Status.MISSED);
		assertThat(ENGINE.evaluate(subject(COLUMN), period(Frequency.YEAR, "2019-01-01"), day("2019-03-01")))
			.as("a one-time milestone asks nothing in other years")
			.isEmpty();
		assertThat(ENGINE.cell(subject(COLUMN), quarter("2019-01-01"), day("2019-03-01")).status())
			.isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void aYearlyMilestoneIsDueEveryYearAndBelongsToTheQuarterOfItsDeadline() {
		// document 003: information officers' contacts reported by the end of April
		var contacts = rules(RuleVersion.yearlyMilestone(CAMPAIGN_START, MonthDay.of(4, 30)));
		var year = period(Frequency.YEAR, "2019-01-01");
		var inTime = evaluate(subject(contacts, approved("2019-04-20")), year, "2019-05-01");
		assertThat(inTime.status()).isEqualTo(Status.MET);
		assertThat(inTime.quarter().key()).isEqualTo("2019-Q2");
		assertThat(evaluate(subject(contacts, approved("2019-05-03")), year, "2019-06-01").status())
			.as("done after the deadline while the year runs")
			.isEqualTo(Status.MET_LATE);
		assertThat(evaluate(subject(contacts, approved("2018-04-03")), year, "2019-05-11").status())
			.as("last year's report does not count")
			.isEqualTo(Status.MISSED);
		var q2 = ENGINE.cell(subject(contacts, approved("2019-04-20")), quarter("2019-04-01"), day("2019-05-01"));
		assertThat(q2.evaluations()).hasSize(1);
		assertThat(ENGINE.cell(subject(contacts), quarter("2019-01-01"), day("2019-05-01")).ongoing()).hasSize(1);
	}

	@Test
	void aDatedEventCountsOnlyActivitiesInsideItsWindow() {
		var year = period(Frequency.YEAR, "2019-01-01");
		var inside = evaluate(subject(JUNE_5, approved("2019-05-29")), year, "2019-07-01");
		assertThat(inside.status()).isEqualTo(Status.MET);
		assertThat(inside.window()).isEqualTo(new DateRange(day("2019-05-29"), day("2019-06-12")));
		assertThat(inside.quarter().key()).isEqualTo("2019-Q2");
		assertThat(
				evaluate(subject(JUNE_5, approved("2019-05-28"), approved("2019-06-13")), year, "2019-07-01").status())
			.isEqualTo(Status.MISSED);
		assertThat(evaluate(subject(JUNE_5), year, "2019-06-12").status()).isEqualTo(Status.DUE);
		var inGrace = evaluate(subject(JUNE_5), year, "2019-06-13");
		assertThat(inGrace.status()).as("the window is over, its grace days are not").isEqualTo(Status.DUE);
		assertThat(inGrace.lateEntriesUntil()).isEqualTo(day("2019-06-22"));
		assertThat(evaluate(subject(JUNE_5), year, "2019-06-23").status()).isEqualTo(Status.MISSED);
		assertThat(evaluate(subject(JUNE_5, pending("2019-06-05")), year, "2019-07-01").status())
			.isEqualTo(Status.AWAITING_REVIEW);
		assertThat(evaluate(subject(JUNE_5, pending("2019-06-14")), year, "2019-07-01").status())
			.as("a pending activity outside the window counts for nothing")
			.isEqualTo(Status.MISSED);
		assertThat(evaluate(subject(JUNE_5, approved("2019-06-12", "2019-06-23")), year, "2019-07-01").status())
			.as("logged more than 10 days after the window")
			.isEqualTo(Status.MET_LATE);
	}

	@Test
	void aMovableDayUsesTheDateStoredForItsYear() {
		var year2020 = period(Frequency.YEAR, "2020-01-01");
		var evaluation = evaluate(subject(LOW_CARBON_DAY, approved("2020-07-05"), approved("2020-06-15")), year2020,
				"2020-08-01");
		assertThat(evaluation.status()).isEqualTo(Status.MET);
		assertThat(evaluation.approved()).as("15 June is outside 2020's window").isEqualTo(1);
		assertThat(evaluation.progress()).isEqualTo(new Progress.Event(day("2020-07-02"),
				new DateRange(day("2020-06-25"), day("2020-07-09")), day("2020-07-05")));
		assertThat(evaluation.quarter().key()).as("the window ends in July").isEqualTo("2020-Q3");
		assertThat(evaluate(subject(LOW_CARBON_DAY, approved("2020-06-15")), year2020, "2020-08-01").status())
			.isEqualTo(Status.MISSED);
		assertThat(evaluate(subject(LOW_CARBON_DAY), period(Frequency.YEAR, "2021-01-01"), "2021-01-01").window())
			.as("no date stored for 2021: the version's 06-15")
			.isEqualTo(new DateRange(day("2021-06-08"), day("2021-06-22")));
	}

	@Test
	void aWindowRunningIntoTheNextYearBelongsToItsLastDaysQuarter() {
		var newYearsEve = rules(RuleVersion.datedEvent(CAMPAIGN_START, MonthDay.of(12, 30), 3, 5));
		var q1 = ENGINE.cell(subject(newYearsEve, approved("2020-01-03")), quarter("2020-01-01"), day("2020-02-01"));
		assertThat(q1.evaluations()).singleElement().satisfies(e -> {
			assertThat(e.period().key()).isEqualTo("2019");
			assertThat(e.status()).isEqualTo(Status.MET);
		});
		assertThat(ComplianceEngine.recordsNeeded(newYearsEve, quarter("2020-01-01")))
			.as("2019's window, the quarter, and 2020's window that runs through it")
			.isEqualTo(new DateRange(day("2019-12-27"), day("2021-01-04")));
		assertThat(ComplianceEngine.recordsNeeded(COLUMN, quarter("2018-10-01")).from()).isNull();
	}

	@Test
	void aDayOnTheLeapDayFallsBackToTheTwentyEighth() {
		var leap = rules(RuleVersion.datedEvent(CAMPAIGN_START, MonthDay.of(2, 29), 0, 0));
		assertThat(evaluate(subject(leap), period(Frequency.YEAR, "2019-01-01"), "2019-01-01").due())
			.isEqualTo(day("2019-02-28"));
		assertThat(evaluate(subject(leap), period(Frequency.YEAR, "2020-01-01"), "2020-01-01").due())
			.isEqualTo(day("2020-02-29"));
	}

}
