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
	void aPeriodIsDueWhileRunningAndMissedOnceOver() {
		var none = subject(MONTHLY);
		assertThat(evaluate(none, MARCH_2019, "2019-03-31").status()).isEqualTo(Status.DUE);
		assertThat(evaluate(none, MARCH_2019, "2019-04-01").status()).isEqualTo(Status.MISSED);
		var met = evaluate(subject(MONTHLY, approved("2019-03-02")), MARCH_2019, "2019-03-05");
		assertThat(met.status()).as("met before the end of the period").isEqualTo(Status.MET);
		assertThat(met.over()).isFalse();
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
	void pendingRecordsAreShownApartAndNeverMakeAPeriodMet() {
		var twoAMonth = countPer(Frequency.MONTH, 2);
		var running = evaluate(subject(twoAMonth, approved("2019-03-02"), pending("2019-03-03")), MARCH_2019,
				"2019-03-20");
		assertThat(running.status()).isEqualTo(Status.DUE);
		assertThat(running.approved()).isEqualTo(1);
		assertThat(running.pending()).isEqualTo(1);
		assertThat(running.required()).isEqualTo(2);
		var over = evaluate(subject(MONTHLY, pending("2019-03-03")), MARCH_2019, "2019-04-20");
		assertThat(over.status()).isEqualTo(Status.MISSED);
		assertThat(over.pending()).isEqualTo(1);
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
		var short3 = evaluate(subject(six, approved("2019-02-01")), year, "2020-01-01");
		assertThat(short3.status()).isEqualTo(Status.MISSED);
		assertThat(short3.progress()).isEqualTo(new Progress.Pace(1, 6, 6));
		assertThat(short3.quarter().key()).isEqualTo("2019-Q4");
	}

	@Test
	void aMinimumOfZeroIsMetWithoutRecords() {
		assertThat(evaluate(subject(countPer(Frequency.MONTH, 0)), MARCH_2019, "2019-03-10").status())
			.isEqualTo(Status.MET);
	}

}
