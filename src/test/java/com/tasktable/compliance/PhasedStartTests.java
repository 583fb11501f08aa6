package com.tasktable.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.tasktable.compliance.Fixtures.ENGINE;
import static com.tasktable.compliance.Fixtures.approved;
import static com.tasktable.compliance.Fixtures.countPer;
import static com.tasktable.compliance.Fixtures.covering;
import static com.tasktable.compliance.Fixtures.day;
import static com.tasktable.compliance.Fixtures.evaluate;
import static com.tasktable.compliance.Fixtures.period;
import static com.tasktable.compliance.Fixtures.quarter;
import static com.tasktable.compliance.Fixtures.rules;
import static com.tasktable.compliance.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar examples of docs/compliance-rules.md: row 12's phases, blocks and weeks
 * across quarter edges, the leap day, and the campaign's time zone.
 */
class PhasedStartTests {

	/** 12.C.1: an open day at least every two months, from the city's phase date. */
	static final ObligationRules OPEN_DAYS = countPer(Frequency.TWO_MONTHS, 1);

	@Test
	void nanningFromOctober2018SkipsThePartialSeptemberOctoberBlock() {
		var nanning = subject(OPEN_DAYS, UnitTerms.phasedFrom(day("2018-10-01")), approved("2018-10-20"),
				approved("2018-11-15"));
		var julAug = evaluate(nanning, period(Frequency.TWO_MONTHS, "2018-07-01"), "2019-06-01");
		var sepOct = evaluate(nanning, period(Frequency.TWO_MONTHS, "2018-10-01"), "2019-06-01");
		var novDec = evaluate(nanning, period(Frequency.TWO_MONTHS, "2018-11-01"), "2019-06-01");
		assertThat(julAug.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(julAug.applicability()).isEqualTo(Applicability.NOT_STARTED);
		assertThat(sepOct.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(sepOct.applicability()).isEqualTo(Applicability.PHASING_IN);
		assertThat(sepOct.approved()).as("the record is shown, not scored").isEqualTo(1);
		assertThat(novDec.status()).isEqualTo(Status.MET);
		assertThat(novDec.quarter().key()).isEqualTo("2018-Q4");
		var q4 = ENGINE.cell(nanning, quarter("2018-10-01"), day("2019-06-01"));
		assertThat(q4.evaluations()).extracting(e -> e.period().key()).containsExactly("2018-B5", "2018-B6");
		assertThat(q4.done()).isEqualTo(1);
		assertThat(q4.applicable()).isEqualTo(1);
		assertThat(q4.status()).isEqualTo(Status.MET);
	}

	@Test
	void qinzhouAndHezhouStartWithAJanuaryFebruaryBlockInTheFirstQuarter() {
		var qinzhou = subject(OPEN_DAYS, UnitTerms.phasedFrom(day("2019-01-01")), approved("2019-02-10"));
		var hezhou = subject(OPEN_DAYS, UnitTerms.phasedFrom(day("2020-01-01")), approved("2020-02-29"));
		assertThat(evaluate(qinzhou, period(Frequency.TWO_MONTHS, "2018-12-01"), "2019-06-01").applicability())
			.isEqualTo(Applicability.NOT_STARTED);
		var qinzhouQ1 = ENGINE.cell(qinzhou, quarter("2019-01-01"), day("2019-06-01"));
		assertThat(qinzhouQ1.evaluations()).extracting(e -> e.period().key()).containsExactly("2019-B1");
		assertThat(qinzhouQ1.status()).isEqualTo(Status.MET);
		var hezhouQ1 = ENGINE.cell(hezhou, quarter("2020-01-01"), day("2020-06-01"));
		assertThat(hezhouQ1.evaluations()).singleElement().satisfies(block -> {
			assertThat(block.period().end()).isEqualTo(day("2020-02-29"));
			assertThat(block.status()).as("a record on the leap day counts").isEqualTo(Status.MET);
		});
		assertThat(ENGINE.cell(hezhou, quarter("2019-10-01"), day("2020-06-01")).status())
			.isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void theMarchAprilBlockLandsInTheSecondQuarterWithItsMarchRecords() {
		var qinzhou = subject(OPEN_DAYS, UnitTerms.phasedFrom(day("2019-01-01")), approved("2019-03-28"));
		var q1 = ENGINE.cell(qinzhou, quarter("2019-01-01"), day("2019-07-15"));
		var q2 = ENGINE.cell(qinzhou, quarter("2019-04-01"), day("2019-07-15"));
		assertThat(q1.evaluations()).extracting(e -> e.period().key()).containsExactly("2019-B1");
		assertThat(q1.status()).isEqualTo(Status.MISSED);
		assertThat(q2.evaluations()).extracting(e -> e.period().key()).containsExactly("2019-B2", "2019-B3");
		assertThat(q2.evaluations().get(0).status()).isEqualTo(Status.MET);
		assertThat(q2.done()).isEqualTo(1);
		assertThat(q2.applicable()).isEqualTo(2);
	}

	@Test
	void allFourFacilityTypesAreFirstScoredInTheFirstWholeYear() {
		var types = List.of("MONITORING", "SEWAGE", "WASTE", "HAZARDOUS");
		var fourTypes = rules(RuleVersion.coverage(Fixtures.CAMPAIGN_START, Frequency.YEAR, types));
		var nanning = subject(fourTypes, UnitTerms.phasedFrom(day("2018-10-01")), covering("2018-11-01", "SEWAGE"));
		assertThat(evaluate(nanning, period(Frequency.YEAR, "2018-01-01"), "2019-06-01").applicability())
			.isEqualTo(Applicability.PHASING_IN);
		assertThat(evaluate(nanning, period(Frequency.YEAR, "2019-01-01"), "2019-06-01").status())
			.isEqualTo(Status.DUE);
	}

	@Test
	void aWeekAcrossAQuarterEdgeBelongsToTheQuarterOfItsSunday() {
		// 2.R.2: a weekly TV programme. 30 Dec 2019 to 5 Jan 2020 is week 2020-W01.
		var weekly = subject(countPer(Frequency.WEEK, 1), approved("2019-12-31"));
		var q4 = ENGINE.cell(weekly, quarter("2019-10-01"), day("2020-02-01"));
		var q1 = ENGINE.cell(weekly, quarter("2020-01-01"), day("2020-02-01"));
		assertThat(q4.evaluations()).hasSize(13);
		assertThat(q4.evaluations().get(12).period().end()).isEqualTo(day("2019-12-29"));
		assertThat(q4.approved()).isZero();
		assertThat(q1.evaluations().get(0).period().key()).isEqualTo("2020-W01");
		assertThat(q1.evaluations().get(0).status()).isEqualTo(Status.MET);
		assertThat(q1.approved()).isEqualTo(1);
	}

	@Test
	void theLeapDayIsADayOfFebruaryForDailyUpdates() {
		var daily = rules(RuleVersion.dailyActivity(Fixtures.CAMPAIGN_START, Frequency.MONTH));
		var february = evaluate(
				subject(daily, Fixtures.everyDay("2020-02-03", "2020-02-29").toArray(RecordFact[]::new)),
				period(Frequency.MONTH, "2020-02-01"), "2020-03-20");
		assertThat(february.progress()).isEqualTo(new Progress.Days(27, 0, 29, 27));
		assertThat(february.status()).isEqualTo(Status.MET);
	}

	@Test
	void aRecordAt2330OnTheLastDayOfAQuarterInShanghaiBelongsToThatQuarter() {
		var shanghai = ZoneId.of("Asia/Shanghai");
		var lateEvening = CampaignDates.dayOf(Instant.parse("2019-03-31T15:30:00Z"), shanghai);
		var afterMidnight = CampaignDates.dayOf(Instant.parse("2019-03-31T16:30:00Z"), shanghai);
		assertThat(lateEvening).isEqualTo(day("2019-03-31"));
		assertThat(afterMidnight).isEqualTo(day("2019-04-01"));
		var quarterly = countPer(Frequency.QUARTER, 1);
		var q1 = ENGINE.cell(subject(quarterly, RecordFact.of(lateEvening, lateEvening, ReviewState.APPROVED)),
				quarter("2019-01-01"), day("2019-04-15"));
		var q2 = ENGINE.cell(subject(quarterly, RecordFact.of(afterMidnight, afterMidnight, ReviewState.APPROVED)),
				quarter("2019-01-01"), day("2019-04-15"));
		assertThat(q1.status()).isEqualTo(Status.MET);
		assertThat(q2.status()).isEqualTo(Status.MISSED);
	}

}
