package com.tasktable.compliance;

import org.junit.jupiter.api.Test;

import static com.tasktable.compliance.Fixtures.CAMPAIGN_START;
import static com.tasktable.compliance.Fixtures.approved;
import static com.tasktable.compliance.Fixtures.countPer;
import static com.tasktable.compliance.Fixtures.evaluate;
import static com.tasktable.compliance.Fixtures.inState;
import static com.tasktable.compliance.Fixtures.pending;
import static com.tasktable.compliance.Fixtures.period;
import static com.tasktable.compliance.Fixtures.rules;
import static com.tasktable.compliance.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counted kinds: per period, ranges, yearly targets with their pace, late and pending
 * records.
 */
class CountingTests {

	static final ObligationRules MONTHLY = countPer(Frequency.MONTH, 1);

	static final Period MARCH_2019 = period(Frequency.MONTH, "2019-03-01");

	@Test
	void aPeriodIsDueWhileRunningAndThroughItsGraceDaysAndMissedOnlyAfterThem() {
		var none = subject(MONTHLY);
		assertThat(evaluate(none, MARCH_2019, "2019-03-31").status()).isEqualTo(Status.DUE);
		assertThat(evaluate(none, MARCH_2019, "2019-03-31").lateEntriesUntil()).as("not over yet").isNull();
		var firstGraceDay = evaluate(none, MARCH_2019, "2019-04-01");
		assertThat(firstGraceDay.status()).as("records of March logged until 10 April are on time")
			.isEqualTo(Status.DUE);
		assertThat(firstGraceDay.over()).isTrue();
		assertThat(firstGraceDay.lateEntriesUntil()).isEqualTo(Fixtures.day("2019-04-10"));
		assertThat(firstGraceDay.decided()).isFalse();
		assertThat(evaluate(none, MARCH_2019, "2019-04-10").status()).isEqualTo(Status.DUE);
		var missed = evaluate(none, MARCH_2019, "2019-04-11");
		assertThat(missed.status()).isEqualTo(Status.MISSED);
		assertThat(missed.lateEntriesUntil()).isNull();
		assertThat(missed.decided()).isTrue();
		var loggedInGrace = evaluate(subject(MONTHLY, approved("2019-03-28", "2019-04-09")), MARCH_2019, "2019-04-09");
		assertThat(loggedInGrace.status()).as("logged and approved inside the grace days").isEqualTo(Status.MET);
		assertThat(loggedInGrace.lateEntriesUntil()).isNull();
		assertThat(loggedInGrace.decided()).as("met in time is decided once the period is over").isTrue();
		var met = evaluate(subject(MONTHLY, approved("2019-03-02")), MARCH_2019, "2019-03-05");
		assertThat(met.status()).as("met before the end of the period").isEqualTo(Status.MET);
		assertThat(met.over()).isFalse();
		assertThat(met.decided()).isFalse();
		var noGrace = new ComplianceEngine(ComplianceSettings.lateAfter(0));
		assertThat(noGrace.evaluate(none, MARCH_2019, Fixtures.day("2019-04-01")).orElseThrow().status())
			.as("without grace days, missed the day after")
			.isEqualTo(Status.MISSED);
	}

	@Test
	void aRecordLoggedMoreThanTenDaysAfterThePeriodMakesItMetLate() {
		var inTime = evaluate(subject(MONTHLY, approved("2019-03-28", "2019-04-10")), MARCH_2019, "2019-04-20");
		var late = evaluate(subject(MONTHLY, approved("2019-03-28", "2019-04-11")), MARCH_2019, "2019-04-20");
		assertThat(inTime.status()).isEqualTo(Status.MET);
		assertThat(late.status()).isEqualTo(Status.MET_LATE);
		assertThat(late.approved()).isEqualTo(1);
		var oneOfEach = evaluate(subject(MONTHLY, approved("2019-03-28", "2019-04-11"), approved("2019-03-05")),
				MARCH_2019, "2019-04-20");
		assertThat(oneOfEach.status()).as("one record in time is enough").isEqualTo(Status.MET);
		var campaignGrace = new ComplianceEngine(ComplianceSettings.lateAfter(15));
		assertThat(campaignGrace.evaluate(subject(MONTHLY, approved("2019-03-28", "2019-04-11")), MARCH_2019,
				Fixtures.day("2019-04-20")))
			.get()
			.extracting(Evaluation::status)
			.isEqualTo(Status.MET);
	}

	@Test
	void pendingRecordsLoggedInTimeMakeAPeriodAwaitReviewNeverMet() {
		var twoAMonth = countPer(Frequency.MONTH, 2);
		var running = evaluate(subject(twoAMonth, approved("2019-03-02"), pending("2019-03-03")), MARCH_2019,
				"2019-03-20");
		assertThat(running.status()).as("the unit has done its part").isEqualTo(Status.AWAITING_REVIEW);
		assertThat(running.approved()).isEqualTo(1);
		assertThat(running.pending()).isEqualTo(1);
		assertThat(running.required()).isEqualTo(2);
		assertThat(running.decided()).isFalse();
		var short1 = evaluate(subject(twoAMonth, pending("2019-03-03")), MARCH_2019, "2019-03-20");
		assertThat(short1.status()).as("one pending record of two asked").isEqualTo(Status.DUE);
		var over = evaluate(subject(MONTHLY, pending("2019-03-03")), MARCH_2019, "2019-04-20");
		assertThat(over.status()).as("still waiting for the reviewer, long after March")
			.isEqualTo(Status.AWAITING_REVIEW);
		assertThat(over.pending()).isEqualTo(1);
		assertThat(over.over()).isTrue();
		assertThat(over.decided()).isFalse();
		var inGrace = evaluate(subject(MONTHLY, pending("2019-03-28", "2019-04-05")), MARCH_2019, "2019-04-06");
		assertThat(inGrace.status()).isEqualTo(Status.AWAITING_REVIEW);
		assertThat(inGrace.lateEntriesUntil()).isEqualTo(Fixtures.day("2019-04-10"));
		var loggedLate = evaluate(subject(MONTHLY, pending("2019-03-28", "2019-04-11")), MARCH_2019, "2019-04-20");
		assertThat(loggedLate.status()).as("a pending record logged late cannot make March met in time")
			.isEqualTo(Status.MISSED);
		assertThat(loggedLate.pending()).isEqualTo(1);
		var metLate = evaluate(subject(MONTHLY, approved("2019-03-28", "2019-04-11"), pending("2019-03-05")),
				MARCH_2019, "2019-04-20");
		assertThat(metLate.status()).as("done is done: met late, even with an on-time record waiting")
			.isEqualTo(Status.MET_LATE);
	}

	@Test
	void returnedAndWithdrawnRecordsAreIgnored() {
		var evaluation = evaluate(subject(MONTHLY, inState(ReviewState.RETURNED, "2019-03-02"),
				inState(ReviewState.WITHDRAWN, "2019-03-03")), MARCH_2019, "2019-04-20");
		assertThat(evaluation.status()).isEqualTo(Status.MISSED);
		assertThat(evaluation.approved()).isZero();
		assertThat(evaluation.pending()).isZero();
	}

	@Test
	void aRangeAsksForItsMinimumAndOnlyShowsWhenTheMaximumIsPassed() {
		// 5.C.2: 1–2 original articles a month
		var articles = rules(RuleVersion.rangePerPeriod(CAMPAIGN_START, Frequency.MONTH, 1, 2));
		var three = evaluate(subject(articles, approved("2019-03-01"), approved("2019-03-02"), approved("2019-03-03")),
				MARCH_2019, "2019-04-20");
		assertThat(three.status()).isEqualTo(Status.MET);
		assertThat(three.progress()).isEqualTo(new Progress.Count(1, 2));
		assertThat(((Progress.Count) three.progress()).aboveMax(three.approved())).isTrue();
	}

	@Test
	void aYearlyTargetOfSixIsBehindWithTwoInJulyOnPaceWithThreeAndMetWithSix() {
		// 3.C.2: at least 6 accompanying interviews a year
		var six = rules(RuleVersion.countPerYear(CAMPAIGN_START, 6));
		var year = period(Frequency.YEAR, "2019-01-01");
		var two = evaluate(subject(six, approved("2019-02-01"), approved("2019-05-01")), year, "2019-07-01");
		assertThat(two.status()).isEqualTo(Status.BEHIND);
		assertThat(two.progress()).isEqualTo(new Progress.Pace(2, 3, 6));
		var three = evaluate(subject(six, approved("2019-02-01"), approved("2019-05-01"), approved("2019-06-30")), year,
				"2019-07-01");
		assertThat(three.status()).isEqualTo(Status.DUE);
		var all = new RecordFact[6];
		for (int i = 0; i < 6; i++) {
			all[i] = approved("2019-0" + (i + 1) + "-15");
		}
		assertThat(evaluate(subject(six, all), year, "2019-07-01").status()).isEqualTo(Status.MET);
		assertThat(evaluate(subject(six, approved("2019-02-01")), year, "2019-06-30").progress())
			.as("June is not over on its last day")
			.isEqualTo(new Progress.Pace(1, 2, 6));
		assertThat(evaluate(subject(six), year, "2019-01-31").status()).as("nothing is asked in January")
			.isEqualTo(Status.DUE);
		var short3 = evaluate(subject(six, approved("2019-02-01")), year, "2020-01-11");
		assertThat(short3.status()).isEqualTo(Status.MISSED);
		assertThat(evaluate(subject(six, approved("2019-02-01")), year, "2020-01-10").status())
			.as("inside the grace days")
			.isEqualTo(Status.DUE);
		assertThat(short3.progress()).isEqualTo(new Progress.Pace(1, 6, 6));
		assertThat(short3.quarter().key()).isEqualTo("2019-Q4");
	}

	@Test
	void aMinimumOfZeroIsMetWithoutRecords() {
		assertThat(evaluate(subject(countPer(Frequency.MONTH, 0)), MARCH_2019, "2019-03-10").status())
			.isEqualTo(Status.MET);
	}

	@Test
	void theYearlyPaceCountsPendingRecordsAndSaysHowManyAwaitReview() {
		var six = rules(RuleVersion.countPerYear(CAMPAIGN_START, 6));
		var year = period(Frequency.YEAR, "2019-01-01");
		var oneAndTwo = evaluate(subject(six, approved("2019-02-01"), pending("2019-03-01"), pending("2019-05-01")),
				year, "2019-07-01");
		assertThat(oneAndTwo.status()).as("1 approved + 2 pending against a pace of 3").isEqualTo(Status.DUE);
		assertThat(oneAndTwo.progress()).isEqualTo(new Progress.Pace(1, 3, 6, 2, 0));
		var oneAndOne = evaluate(subject(six, approved("2019-02-01"), pending("2019-03-01")), year, "2019-07-01");
		assertThat(oneAndOne.status()).isEqualTo(Status.BEHIND);
		RecordFact[] fourAndFive = new RecordFact[9];
		for (int i = 0; i < 9; i++) {
			var date = "2019-0" + (i % 6 + 1) + "-1" + (i / 6);
			fourAndFive[i] = (i < 4) ? approved(date) : pending(date);
		}
		var nine = evaluate(subject(six, fourAndFive), year, "2019-10-01");
		assertThat(nine.status()).as("4 approved + 5 pending of 6 is not behind: it awaits review")
			.isEqualTo(Status.AWAITING_REVIEW);
		assertThat(nine.progress()).isEqualTo(new Progress.Pace(4, 4, 6, 5, 0));
		assertThat(evaluate(subject(six, fourAndFive), year, "2020-03-01").status()).as("and stays so after the year")
			.isEqualTo(Status.AWAITING_REVIEW);
	}

}
