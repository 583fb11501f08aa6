package com.tasktable.compliance;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.tasktable.compliance.Fixtures.CAMPAIGN_START;
import static com.tasktable.compliance.Fixtures.approved;
import static com.tasktable.compliance.Fixtures.covering;
import static com.tasktable.compliance.Fixtures.day;
import static com.tasktable.compliance.Fixtures.evaluate;
import static com.tasktable.compliance.Fixtures.everyDay;
import static com.tasktable.compliance.Fixtures.pending;
import static com.tasktable.compliance.Fixtures.period;
import static com.tasktable.compliance.Fixtures.reading;
import static com.tasktable.compliance.Fixtures.rules;
import static com.tasktable.compliance.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

/** Daily activity, coverage and metric targets: judged by what the records say. */
class MeasuredKindsTests {

	/** 5.C.1: Weibo and WeChat updated daily, judged per month. */
	static final ObligationRules DAILY = rules(RuleVersion.dailyActivity(CAMPAIGN_START, Frequency.MONTH));

	static final Period APRIL = period(Frequency.MONTH, "2019-04-01");

	/**
	 * 10.C.1: activities in schools, communities, enterprises and villages, every year.
	 */
	static final ObligationRules FOUR_PLACES = rules(RuleVersion.coverage(CAMPAIGN_START, Frequency.YEAR,
			List.of("SCHOOL", "COMMUNITY", "ENTERPRISE", "VILLAGE")));

	/** Document 003: WeChat followers reach 5,000 within the year. */
	static final ObligationRules FOLLOWERS = rules(
			RuleVersion.metricTarget(CAMPAIGN_START, null, new BigDecimal("5000")));

	static final Period YEAR = period(Frequency.YEAR, "2019-01-01");

	@Test
	void dailyActivityIsMetWithUpdatesOnNineDaysOutOfTen() {
		var days27 = everyDay("2019-04-01", "2019-04-27");
		var met = evaluate(subject(DAILY, days27.toArray(RecordFact[]::new)), APRIL, "2019-05-20");
		assertThat(met.status()).isEqualTo(Status.MET);
		assertThat(met.progress()).isEqualTo(new Progress.Days(27, 0, 30, 27));
		List<RecordFact> days26 = new ArrayList<>(everyDay("2019-04-01", "2019-04-26"));
		days26.add(pending("2019-04-28"));
		var waiting = evaluate(subject(DAILY, days26.toArray(RecordFact[]::new)), APRIL, "2019-05-20");
		assertThat(waiting.status()).as("26 approved days and a 27th pending").isEqualTo(Status.AWAITING_REVIEW);
		assertThat(waiting.progress()).isEqualTo(new Progress.Days(26, 1, 30, 27));
		List<RecordFact> days25 = new ArrayList<>(everyDay("2019-04-01", "2019-04-25"));
		days25.add(pending("2019-04-28"));
		days25.add(pending("2019-04-28"));
		var missed = evaluate(subject(DAILY, days25.toArray(RecordFact[]::new)), APRIL, "2019-05-20");
		assertThat(missed.status()).isEqualTo(Status.MISSED);
		assertThat(missed.progress()).isEqualTo(new Progress.Days(25, 1, 30, 27));
		assertThat(missed.pending()).as("two pending records on one day are one day").isEqualTo(1);
		assertThat(missed.unit()).isEqualTo(FigureUnit.DAYS);
		var strict = new ComplianceEngine(new ComplianceSettings(10, 100, 50));
		assertThat(strict.evaluate(subject(DAILY, days27.toArray(RecordFact[]::new)), APRIL, day("2019-05-20"))
			.orElseThrow()
			.status()).isEqualTo(Status.MISSED);
	}

	@Test
	void twoUpdatesOnOneDayCoverOneDay() {
		List<RecordFact> records = new ArrayList<>(everyDay("2019-04-01", "2019-04-26"));
		records.add(approved("2019-04-26"));
		var evaluation = evaluate(subject(DAILY, records.toArray(RecordFact[]::new)), APRIL, "2019-04-30");
		assertThat(evaluation.status()).isEqualTo(Status.DUE);
		assertThat(((Progress.Days) evaluation.progress()).covered()).isEqualTo(26);
		assertThat(evaluation.approved()).as("in days, like required").isEqualTo(26);
		records.add(pending("2019-04-26"));
		records.add(pending("2019-04-27"));
		records.add(pending("2019-04-27"));
		var withPending = evaluate(subject(DAILY, records.toArray(RecordFact[]::new)), APRIL, "2019-04-30");
		assertThat(withPending.pending()).as("only the 27th: the 26th has an approved update").isEqualTo(1);
		assertThat(withPending.required()).isEqualTo(27);
		assertThat(withPending.status()).isEqualTo(Status.AWAITING_REVIEW);
	}

	@Test
	void dailyUpdatesLoggedLateMakeTheMonthMetLate() {
		List<RecordFact> records = new ArrayList<>(everyDay("2019-04-01", "2019-04-26"));
		records.add(approved("2019-04-30", "2019-05-15"));
		assertThat(evaluate(subject(DAILY, records.toArray(RecordFact[]::new)), APRIL, "2019-05-20").status())
			.isEqualTo(Status.MET_LATE);
	}

	@Test
	void coverageAsksForEveryCategoryOnce() {
		var three = subject(FOUR_PLACES, covering("2019-03-01", "SCHOOL"), covering("2019-04-01", "SCHOOL"),
				covering("2019-05-01", "VILLAGE"), covering("2019-06-01", "COMMUNITY"),
				covering("2019-06-02", "OTHER"));
		var running = evaluate(three, YEAR, "2019-07-01");
		assertThat(running.status()).isEqualTo(Status.DUE);
		assertThat(running.progress()).isEqualTo(new Progress.Categories(List.of("SCHOOL", "COMMUNITY", "VILLAGE"),
				List.of("SCHOOL", "COMMUNITY", "ENTERPRISE", "VILLAGE")));
		assertThat(running.approved()).as("categories covered, not records").isEqualTo(3);
		assertThat(running.required()).isEqualTo(4);
		assertThat(running.unit()).isEqualTo(FigureUnit.CATEGORIES);
		assertThat(evaluate(three, YEAR, "2020-01-10").status()).as("grace days").isEqualTo(Status.DUE);
		assertThat(evaluate(three, YEAR, "2020-01-11").status()).isEqualTo(Status.MISSED);
		var enterprisePending = new RecordFact(day("2019-10-01"), day("2019-10-01"), ReviewState.PENDING, null,
				"ENTERPRISE");
		var threeAndOne = subject(FOUR_PLACES, covering("2019-03-01", "SCHOOL"), covering("2019-05-01", "VILLAGE"),
				covering("2019-06-01", "COMMUNITY"), enterprisePending, enterprisePending);
		var waiting = evaluate(threeAndOne, YEAR, "2020-02-01");
		assertThat(waiting.status()).isEqualTo(Status.AWAITING_REVIEW);
		assertThat(waiting.pending()).as("one category covered only by pending records").isEqualTo(1);
		assertThat(waiting.progress()).isEqualTo(new Progress.Categories(List.of("SCHOOL", "COMMUNITY", "VILLAGE"),
				List.of("SCHOOL", "COMMUNITY", "ENTERPRISE", "VILLAGE"), List.of("ENTERPRISE")));
		var four = subject(FOUR_PLACES, covering("2019-03-01", "SCHOOL"), covering("2019-05-01", "VILLAGE"),
				covering("2019-06-01", "COMMUNITY"), covering("2019-11-01", "ENTERPRISE"));
		assertThat(evaluate(four, YEAR, "2020-01-01").status()).isEqualTo(Status.MET);
	}

	@Test
	void aMetricIsJudgedByItsLatestReadingAgainstTheTarget() {
		var rising = evaluate(subject(FOLLOWERS, reading("2019-03-01", "3000"), reading("2019-06-01", "4500"),
				reading("2019-11-01", "5200")), YEAR, "2020-01-01");
		assertThat(rising.status()).isEqualTo(Status.MET);
		assertThat(rising.progress()).isEqualTo(new Progress.Metric(new BigDecimal("5200"), day("2019-11-01"),
				new BigDecimal("5000"), Progress.Trend.UP));
		var falling = evaluate(subject(FOLLOWERS, reading("2019-11-01", "5200"), reading("2019-12-20", "4900")), YEAR,
				"2020-01-11");
		assertThat(falling.status()).as("the latest reading counts, not the best").isEqualTo(Status.MISSED);
		var pendingHigher = new RecordFact(day("2019-12-28"), day("2019-12-29"), ReviewState.PENDING,
				new BigDecimal("5050"), null);
		assertThat(evaluate(
				subject(FOLLOWERS, reading("2019-11-01", "5200"), reading("2019-12-20", "4900"), pendingHigher), YEAR,
				"2020-01-11")
			.status()).as("the latest reading, pending included, reaches the target").isEqualTo(Status.AWAITING_REVIEW);
		assertThat(((Progress.Metric) falling.progress()).trend()).isEqualTo(Progress.Trend.DOWN);
		assertThat(evaluate(subject(FOLLOWERS, reading("2019-06-01", "4500")), YEAR, "2019-07-01").status())
			.isEqualTo(Status.DUE);
		var loggedLate = new RecordFact(day("2019-12-30"), day("2020-01-20"), ReviewState.APPROVED,
				new BigDecimal("5100"), null);
		assertThat(evaluate(subject(FOLLOWERS, reading("2019-06-01", "4500"), loggedLate), YEAR, "2020-02-01").status())
			.isEqualTo(Status.MET_LATE);
	}

	@Test
	void aMetricWithADeadlineInsideTheYearIsMetLateWhenReachedAfterIt() {
		var byJune = rules(new RuleVersion(CAMPAIGN_START, ObligationKind.METRIC_TARGET, Frequency.YEAR, null, null,
				null, null, MonthDay.of(6, 30), null, 0, 0, new BigDecimal("5000"), null));
		var evaluation = evaluate(subject(byJune, reading("2019-06-01", "4500"), reading("2019-08-01", "5100")), YEAR,
				"2019-09-01");
		assertThat(evaluation.due()).isEqualTo(day("2019-06-30"));
		assertThat(evaluation.status()).isEqualTo(Status.MET_LATE);
		assertThat(evaluation.quarter().key()).isEqualTo("2019-Q2");
	}

}
