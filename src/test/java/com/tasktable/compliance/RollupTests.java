package com.tasktable.compliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.tasktable.compliance.Fixtures.ENGINE;
import static com.tasktable.compliance.Fixtures.approved;
import static com.tasktable.compliance.Fixtures.countPer;
import static com.tasktable.compliance.Fixtures.day;
import static com.tasktable.compliance.Fixtures.pending;
import static com.tasktable.compliance.Fixtures.quarter;
import static com.tasktable.compliance.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

/** Quarter cells, a unit's percentages, and a region over its cities. */
class RollupTests {

	static final ObligationRules MONTHLY = countPer(Frequency.MONTH, 1);

	static final ObligationRules QUARTERLY = countPer(Frequency.QUARTER, 1);

	static final Period Q1 = quarter("2019-01-01");

	/**
	 * January met, February missed (its only record, still pending, was logged on 20
	 * March, after the grace days), March met late (logged on 20 April).
	 */
	static final UnitObligation MIXED = subject(MONTHLY, approved("2019-01-10"), pending("2019-02-10", "2019-03-20"),
			approved("2019-03-10", "2019-04-20"));

	@Test
	void aMonthlyCellReadsTwoOfThreeMonthsAndTheWorstStatusWins() {
		var cell = ENGINE.cell(MIXED, Q1, day("2019-05-01"));
		assertThat(cell.done()).isEqualTo(2);
		assertThat(cell.applicable()).isEqualTo(3);
		assertThat(cell.doneLate()).isEqualTo(1);
		assertThat(cell.frequency()).isEqualTo(Frequency.MONTH);
		assertThat(cell.status()).isEqualTo(Status.MISSED);
		assertThat(cell.approved()).isEqualTo(2);
		assertThat(cell.pending()).isEqualTo(1);
		assertThat(cell.required()).isEqualTo(3);
	}

	@Test
	void aRunningQuarterIsDueAndOneLateMonthKeepsACellFromPlainGreen() {
		var running = ENGINE.cell(subject(MONTHLY, approved("2019-01-10"), approved("2019-02-10")), Q1,
				day("2019-03-15"));
		assertThat(running.status()).isEqualTo(Status.DUE);
		assertThat(running.done()).isEqualTo(2);
		var late = ENGINE.cell(
				subject(MONTHLY, approved("2019-01-10"), approved("2019-02-10", "2019-03-20"), approved("2019-03-10")),
				Q1, day("2019-05-01"));
		assertThat(late.status()).isEqualTo(Status.MET_LATE);
	}

	@Test
	void aYearlyObligationIsShownAsOngoingBeforeItsLastQuarter() {
		var yearly = subject(countPer(Frequency.YEAR, 1), approved("2019-02-01"));
		var q1 = ENGINE.cell(yearly, Q1, day("2019-03-01"));
		assertThat(q1.evaluations()).isEmpty();
		assertThat(q1.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(q1.ongoing()).singleElement().extracting(Evaluation::status).isEqualTo(Status.MET);
		assertThat(ENGINE.cell(yearly, quarter("2019-10-01"), day("2020-01-01")).status()).isEqualTo(Status.MET);
	}

	@Test
	void aUnitsPercentagePoolsItsFinishedPeriodsWithHalfCreditWhenLate() {
		var quarterly = subject(QUARTERLY, approved("2019-02-01"));
		var compliance = ENGINE.compliance(List.of(MIXED, quarterly), Q1, day("2019-05-01"));
		assertThat(compliance.met()).isEqualTo(2);
		assertThat(compliance.metLate()).isEqualTo(1);
		assertThat(compliance.missed()).isEqualTo(1);
		assertThat(compliance.percent()).isEqualByComparingTo("62.5");
		var year = ENGINE.compliance(List.of(MIXED, quarterly), Fixtures.period(Frequency.YEAR, "2019-01-01"),
				day("2019-04-25"));
		assertThat(year.counted()).as("April is not over yet").isEqualTo(4);
		assertThat(year.undecided()).isEqualTo(9 + 3);
		assertThat(year.percent()).isEqualByComparingTo("62.5");
	}

	@Test
	void aCellInsideItsGraceDaysIsDueWithItsLastGraceDayAndAwaitingReviewRanksAboveMetLate() {
		// 1 December: November has just ended, and records of November logged by 10
		// December are on time
		var q4 = quarter("2026-10-01");
		var nothingInNovember = subject(MONTHLY, approved("2026-10-10"));
		var dueCell = ENGINE.cell(nothingInNovember, q4, day("2026-12-05"));
		assertThat(dueCell.status()).as("not red: November's grace days run").isEqualTo(Status.DUE);
		assertThat(dueCell.lateEntriesUntil()).isEqualTo(day("2026-12-10"));
		var waiting = ENGINE.cell(
				subject(MONTHLY, approved("2026-10-10"), pending("2026-11-20"), approved("2026-12-01")), q4,
				day("2027-01-05"));
		assertThat(waiting.status()).isEqualTo(Status.AWAITING_REVIEW);
		var waitingAndLate = ENGINE.cell(
				subject(MONTHLY, approved("2026-10-10", "2026-11-20"), pending("2026-11-20"), approved("2026-12-01")),
				q4, day("2027-01-05"));
		assertThat(waitingAndLate.status()).as("worst first: awaiting review before met late")
			.isEqualTo(Status.AWAITING_REVIEW);
		assertThat(ENGINE.cell(subject(MONTHLY, approved("2026-10-10")), q4, day("2027-01-11")).status())
			.isEqualTo(Status.MISSED);
		var compliance = ENGINE.compliance(List.of(nothingInNovember), q4, day("2026-12-05"));
		assertThat(compliance.counted()).as("October only: November is inside its grace days").isEqualTo(1);
		assertThat(compliance.undecided()).isEqualTo(2);
		var waitingCompliance = ENGINE.compliance(
				List.of(subject(MONTHLY, approved("2026-10-10"), pending("2026-11-20"), approved("2026-12-01"))), q4,
				day("2027-02-01"));
		assertThat(waitingCompliance.counted()).as("awaiting review is not decided").isEqualTo(2);
		assertThat(waitingCompliance.percent()).isEqualByComparingTo("100.0");
	}

	@Test
	void periodsStillRunningCountNeitherWay() {
		var early = ENGINE.compliance(List.of(subject(MONTHLY, approved("2019-01-02"))), Q1, day("2019-01-20"));
		assertThat(early.counted()).isZero();
		assertThat(early.percent()).isNull();
		assertThat(early.undecided()).isEqualTo(3);
	}

	@Test
	void aRatingBelowThePassMarkIsNotMetInThePercentage() {
		var year = Fixtures.period(Frequency.YEAR, "2019-01-01");
		var opinion = Fixtures.rules(RuleVersion.assessment(Fixtures.CAMPAIGN_START));
		var yearly = Fixtures.rules(RuleVersion.countPerPeriod(Fixtures.CAMPAIGN_START, Frequency.YEAR, 1));
		var product = subject(yearly, approved("2019-05-01"));
		var today = day("2020-01-15");
		var fifty = new UnitObligation(opinion, UnitTerms.ALWAYS, Facts.NONE.withRatings(Map.of(year, 50)));
		var sixty = new UnitObligation(opinion, UnitTerms.ALWAYS, Facts.NONE.withRatings(Map.of(year, 60)));

		var failed = ENGINE.compliance(List.of(product, fifty), year, today);
		assertThat(failed.missed()).as("50 is below the default pass mark of 60").isEqualTo(1);
		assertThat(failed.percent()).isEqualByComparingTo("50.0");
		var passed = ENGINE.compliance(List.of(product, sixty), year, today);
		assertThat(passed.met()).isEqualTo(2);
		assertThat(passed.percent()).isEqualByComparingTo("100.0");

		var lenient = new ComplianceEngine(ComplianceSettings.DEFAULTS.withPassMark(40));
		assertThat(lenient.compliance(List.of(product, fifty), year, today).percent()).as("pass mark 40")
			.isEqualByComparingTo("100.0");
		var strict = new ComplianceEngine(ComplianceSettings.lateAfter(10).withPassMark(61));
		assertThat(strict.compliance(List.of(product, sixty), year, today).percent()).as("pass mark 61")
			.isEqualByComparingTo("50.0");
	}

	@Test
	void aRegionAveragesItsCitiesEachCityWeighingTheSame() {
		var settings = ComplianceSettings.DEFAULTS;
		var small = new Compliance(1, 0, 0, 0, 0, 0, 50);
		var large = new Compliance(5, 1, 2, 0, 0, 0, 50);
		var none = new Compliance(0, 0, 0, 3, 0, 0, 50);
		assertThat(large.percent()).isEqualByComparingTo("68.8");
		assertThat(Compliance.average(List.of(small, large, none))).as("(100 + 68.75) / 2")
			.isEqualByComparingTo("84.4");
		assertThat(Compliance.pooled(List.of(small, large, none), settings).percent()).as("650 / 9")
			.isEqualByComparingTo("72.2");
		assertThat(Compliance.average(List.of(none))).isNull();
		var thirds = new Compliance(1, 0, 2, 0, 0, 0, 50);
		assertThat(Compliance.average(List.of(thirds, thirds, thirds)))
			.as("averaged exactly, rounded once: 33.333… not 33.3 × 3 / 3")
			.isEqualTo(new BigDecimal("33.3"));
	}

}
