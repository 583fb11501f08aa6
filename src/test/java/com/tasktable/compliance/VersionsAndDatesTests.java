package com.tasktable.compliance;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static com.tasktable.compliance.Fixtures.CAMPAIGN_START;
import static com.tasktable.compliance.Fixtures.ENGINE;
import static com.tasktable.compliance.Fixtures.approved;
import static com.tasktable.compliance.Fixtures.countPer;
import static com.tasktable.compliance.Fixtures.day;
import static com.tasktable.compliance.Fixtures.evaluate;
import static com.tasktable.compliance.Fixtures.period;
import static com.tasktable.compliance.Fixtures.quarter;
import static com.tasktable.compliance.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Effective-dated versions, retirement, inactive units and exemptions. */
class VersionsAndDatesTests {

	static final RuleVersion MONTHLY = RuleVersion.countPerPeriod(CAMPAIGN_START, Frequency.MONTH, 1);

	@Test
	void aFrequencyChangeIn2019NeverChangesA2018Status() {
		var before = ObligationRules.of(CAMPAIGN_START, MONTHLY);
		var after = ObligationRules.of(CAMPAIGN_START, MONTHLY,
				RuleVersion.countPerPeriod(day("2019-07-01"), Frequency.QUARTER, 2));
		var records = new RecordFact[] { approved("2018-01-10"), approved("2018-03-31"), approved("2018-12-01"),
				approved("2019-08-01"), approved("2019-09-01") };
		var year2018 = period(Frequency.YEAR, "2018-06-01");
		assertThat(ENGINE.belongingTo(subject(after, records), year2018, day("2020-01-01")))
			.isEqualTo(ENGINE.belongingTo(subject(before, records), year2018, day("2020-01-01")));
		var q3 = ENGINE.cell(subject(after, records), quarter("2019-07-01"), day("2020-01-01"));
		assertThat(q3.evaluations()).singleElement().satisfies(e -> {
			assertThat(e.period().key()).isEqualTo("2019-Q3");
			assertThat(e.required()).isEqualTo(2);
			assertThat(e.status()).isEqualTo(Status.MET);
		});
	}

	@Test
	void aPeriodIsJudgedByTheVersionInForceOnItsFirstDay() {
		var rules = ObligationRules.of(CAMPAIGN_START, MONTHLY,
				RuleVersion.countPerPeriod(day("2019-03-15"), Frequency.MONTH, 2));
		var march = evaluate(subject(rules, approved("2019-03-20")), period(Frequency.MONTH, "2019-03-01"),
				"2019-05-01");
		var april = evaluate(subject(rules, approved("2019-04-20")), period(Frequency.MONTH, "2019-04-01"),
				"2019-05-11");
		assertThat(march.required()).isEqualTo(1);
		assertThat(march.status()).isEqualTo(Status.MET);
		assertThat(april.required()).isEqualTo(2);
		assertThat(april.status()).isEqualTo(Status.MISSED);
	}

	@Test
	void aNewCycleStartingMidQuarterPhasesInUntilItsFirstWholePeriod() {
		var rules = ObligationRules.of(CAMPAIGN_START, MONTHLY,
				RuleVersion.countPerPeriod(day("2019-02-15"), Frequency.QUARTER, 1));
		var q1 = ENGINE.cell(subject(rules, approved("2019-01-05"), approved("2019-02-05")), quarter("2019-01-01"),
				day("2019-07-01"));
		assertThat(q1.evaluations()).extracting(e -> e.period().key(), Evaluation::status)
			.containsExactly(tuple("2019-01", Status.MET), tuple("2019-02", Status.MET),
					tuple("2019-Q1", Status.NOT_APPLICABLE));
		assertThat(q1.evaluations().get(2).applicability()).isEqualTo(Applicability.PHASING_IN);
		assertThat(q1.status()).isEqualTo(Status.MET);
		assertThat(ENGINE.evaluateOn(subject(rules), day("2019-02-20"), day("2019-02-20")).orElseThrow().period())
			.as("February is what is due on 20 February")
			.isEqualTo(period(Frequency.MONTH, "2019-02-01"));
	}

	@Test
	void aRetiredObligationIsNotJudgedFromThePeriodItWasRetiredIn() {
		var retired = countPer(Frequency.QUARTER, 1).retiredOn(day("2019-05-15"));
		var unit = subject(retired, approved("2019-04-01"));
		assertThat(evaluate(unit, quarter("2019-01-01"), "2019-12-31").status()).isEqualTo(Status.MISSED);
		var q2 = evaluate(unit, quarter("2019-04-01"), "2019-12-31");
		assertThat(q2.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(q2.applicability()).isEqualTo(Applicability.ENDED);
		assertThat(evaluate(unit, quarter("2019-07-01"), "2019-12-31").applicability()).isEqualTo(Applicability.ENDED);
		var onTheQuarterEnd = countPer(Frequency.QUARTER, 1).retiredOn(day("2019-07-01"));
		assertThat(evaluate(subject(onTheQuarterEnd), quarter("2019-04-01"), "2019-12-31").status())
			.as("retired the day after the quarter: the quarter is whole")
			.isEqualTo(Status.MISSED);
	}

	@Test
	void anInactiveUnitIsNotJudged() {
		var monthly = countPer(Frequency.MONTH, 1);
		var joinedMidMarch = new UnitTerms(null, day("2019-03-10"), null);
		var leftInJune = new UnitTerms(null, null, day("2019-06-30"));
		assertThat(evaluate(subject(monthly, joinedMidMarch), period(Frequency.MONTH, "2019-03-01"), "2019-12-31")
			.applicability()).isEqualTo(Applicability.INACTIVE);
		assertThat(evaluate(subject(monthly, joinedMidMarch), period(Frequency.MONTH, "2019-04-01"), "2019-12-31")
			.status()).isEqualTo(Status.MISSED);
		assertThat(evaluate(subject(monthly, leftInJune), period(Frequency.MONTH, "2019-06-01"), "2019-12-31").status())
			.isEqualTo(Status.MISSED);
		assertThat(evaluate(subject(monthly, leftInJune), period(Frequency.MONTH, "2019-07-01"), "2019-12-31").status())
			.isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void anExemptedPeriodIsExemptAndLeftOutOfThePercentage() {
		var march = period(Frequency.MONTH, "2019-03-01");
		var facts = Facts.of(List.of(approved("2019-01-05"))).withExemptions(Set.of(march));
		var unit = new UnitObligation(countPer(Frequency.MONTH, 1), UnitTerms.ALWAYS, facts);
		assertThat(evaluate(unit, march, "2019-06-01").status()).isEqualTo(Status.EXEMPT);
		var q1 = ENGINE.cell(unit, quarter("2019-01-01"), day("2019-06-01"));
		assertThat(q1.done()).isEqualTo(1);
		assertThat(q1.applicable()).isEqualTo(2);
		assertThat(q1.status()).isEqualTo(Status.MISSED);
		var compliance = ENGINE.compliance(List.of(unit), quarter("2019-01-01"), day("2019-06-01"));
		assertThat(compliance.exempt()).isEqualTo(1);
		assertThat(compliance.counted()).isEqualTo(2);
		var allExempt = new UnitObligation(countPer(Frequency.QUARTER, 1), UnitTerms.ALWAYS,
				Facts.NONE.withExemptions(Set.of(quarter("2019-01-01"))));
		assertThat(ENGINE.cell(allExempt, quarter("2019-01-01"), day("2019-06-01")).status()).isEqualTo(Status.EXEMPT);
	}

	@Test
	void periodsBeforeTheObligationStartsAreNotStarted() {
		var late = ObligationRules.of(day("2019-02-10"),
				RuleVersion.countPerPeriod(day("2019-02-10"), Frequency.MONTH, 1));
		assertThat(evaluate(subject(late), period(Frequency.MONTH, "2019-01-01"), "2019-06-01").applicability())
			.isEqualTo(Applicability.NOT_STARTED);
		assertThat(evaluate(subject(late), period(Frequency.MONTH, "2019-02-01"), "2019-06-01").applicability())
			.isEqualTo(Applicability.PHASING_IN);
		assertThat(evaluate(subject(late), period(Frequency.MONTH, "2019-03-01"), "2019-06-01").status())
			.isEqualTo(Status.MISSED);
		assertThat(ENGINE.evaluate(subject(late), quarter("2019-01-01"), day("2019-06-01"))).as("not its cycle")
			.isEmpty();
	}

}
