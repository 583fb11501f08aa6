package com.tasktable.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import com.tasktable.compliance.ItemState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.tasktable.compliance.Fixtures.CAMPAIGN_START;
import static com.tasktable.compliance.Fixtures.ENGINE;
import static com.tasktable.compliance.Fixtures.approved;
import static com.tasktable.compliance.Fixtures.countPer;
import static com.tasktable.compliance.Fixtures.day;
import static com.tasktable.compliance.Fixtures.pending;
import static com.tasktable.compliance.Fixtures.rules;
import static com.tasktable.compliance.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of docs/compliance-rules.md, "Scoring": the engine judges, the
 * scoring weighs.
 */
class ScoringTests {

	static final Scoring SCORING = new Scoring(50);

	static final Period MARCH_2019 = Frequency.MONTH.periodContaining(day("2019-03-01"));

	static final Period YEAR_2019 = Frequency.YEAR.periodContaining(day("2019-01-01"));

	static final String TODAY = "2019-12-20";

	static Scoring.Item item(String code, String weight, UnitObligation subject, Period span) {
		return new Scoring.Item(code, new BigDecimal(weight), ENGINE.belongingTo(subject, span, day(TODAY)));
	}

	@Test
	void marchOfACity() {
		// exposure monthly (40): met; press conference quarterly (30): missed in Q1;
		// weekly programme (30): 4 of 5 weeks ending in March met, one late
		var exposure = subject(countPer(Frequency.MONTH, 1), approved("2019-03-05"));
		var press = subject(countPer(Frequency.QUARTER, 1));
		var weekly = subject(countPer(Frequency.WEEK, 1), approved("2019-03-04"), approved("2019-03-11"),
				approved("2019-03-18"), approved("2019-03-27", "2019-04-20"));
		var score = SCORING.score(List.of(item("2.C.2", "40", exposure, MARCH_2019),
				item("1.C.1", "30", press, MARCH_2019), item("2.R.2", "30", weekly, MARCH_2019)));

		// March holds the weeks ending 3, 10, 17, 24 and 31 March: 2019-03-01 is a Friday
		assertThat(score.items().get(2).met()).isEqualTo(3);
		assertThat(score.items().get(2).metLate()).isEqualTo(1);
		assertThat(score.items().get(2).missed()).isEqualTo(1);
		// (3 + 0.5 + 0) / 5 = 0.7 → 21 of 30 points
		assertThat(score.items().get(2).fulfilment()).isEqualByComparingTo("0.7");
		assertThat(score.items().get(2).lost()).isEqualByComparingTo("9.00");
		assertThat(score.items().get(1).lost()).isEqualByComparingTo("30.00");
		assertThat(score.items().get(0).lost()).isEqualByComparingTo("0.00");
		assertThat(score.total()).isEqualByComparingTo("61.00");
		assertThat(score.reweighted()).isFalse();
	}

	@Test
	void aMonthWithoutQuarterEndReweightsTheQuarterlyItem() {
		// February: the quarterly press conference has no period ending in it
		var february = Frequency.MONTH.periodContaining(day("2019-02-01"));
		var exposure = subject(countPer(Frequency.MONTH, 1), approved("2019-02-05"));
		var articles = subject(countPer(Frequency.MONTH, 2), approved("2019-02-06"));
		var press = subject(countPer(Frequency.QUARTER, 1));
		var score = SCORING.score(List.of(item("2.C.2", "40", exposure, february),
				item("5.C.2", "20", articles, february), item("1.C.1", "40", press, february)));

		assertThat(score.items().get(2).state()).isEqualTo(ItemState.NOTHING_DUE);
		assertThat(score.reweighted()).isTrue();
		// 40 and 20 scaled to 100: 66.67 and 33.33; articles missed
		assertThat(score.items().get(0).effectiveWeight()).isEqualByComparingTo("66.67");
		assertThat(score.items().get(1).lost()).isEqualByComparingTo("33.33");
		assertThat(score.total()).isEqualByComparingTo("66.67");
	}

	@Test
	void notApplicableAndExemptItemsAreReweightedOverTheRest() {
		// 12.C.1 (every two months) phases in from 2019-03-15: Mar–Apr is not judged
		var openDays = new UnitObligation(countPer(Frequency.TWO_MONTHS, 1), UnitTerms.phasedFrom(day("2019-03-15")),
				Facts.NONE);
		var exposure = subject(countPer(Frequency.MONTH, 1), approved("2019-04-03"));
		var articles = new UnitObligation(countPer(Frequency.MONTH, 1), UnitTerms.ALWAYS,
				Facts.NONE.withExemptions(Set.of(Frequency.MONTH.periodContaining(day("2019-04-01")))));
		var press = subject(countPer(Frequency.QUARTER, 1));
		var april = Frequency.MONTH.periodContaining(day("2019-04-01"));
		var score = SCORING.score(List.of(item("12.C.1", "25", openDays, april), item("2.C.2", "25", exposure, april),
				item("5.C.2", "25", articles, april), item("1.C.1", "25", press, april)));

		assertThat(score.items()).extracting(Scoring.ItemScore::state)
			.containsExactly(ItemState.NOT_APPLICABLE, ItemState.SCORED, ItemState.EXEMPT, ItemState.NOTHING_DUE);
		// only 2.C.2 is left: it carries all 100 points
		assertThat(score.items().get(1).effectiveWeight()).isEqualByComparingTo("100.00");
		assertThat(score.total()).isEqualByComparingTo("100.00");
		assertThat(score.reweighted()).isTrue();
	}

	@Test
	void theYearUsesEveryPeriodTheRatingAndTheShareOfAYearlyTarget() {
		// monthly exposure: 9 months met, 1 met late, 2 missed; the region rated public
		// opinion work 80; the yearly interview target of 6 reached with 6, then with 5
		List<RecordFact> exposures = new ArrayList<>();
		for (int m = 1; m <= 9; m++) {
			exposures.add(approved("2019-%02d-10".formatted(m)));
		}
		exposures.add(approved("2019-10-10", "2019-11-30"));
		var exposure = new UnitObligation(countPer(Frequency.MONTH, 1), UnitTerms.ALWAYS, Facts.of(exposures));
		var opinion = new UnitObligation(rules(RuleVersion.assessment(CAMPAIGN_START)), UnitTerms.ALWAYS,
				Facts.NONE.withRatings(Map.of(YEAR_2019, 80)));
		List<RecordFact> interviews = IntStream.rangeClosed(1, 6)
			.mapToObj(i -> approved("2019-0%d-15".formatted(i)))
			.toList();
		var interview = new UnitObligation(rules(RuleVersion.countPerYear(CAMPAIGN_START, 6)), UnitTerms.ALWAYS,
				Facts.of(interviews));
		var today = day("2020-01-15");
		var score = SCORING.score(List.of(
				new Scoring.Item("2.C.2", new BigDecimal("50"), ENGINE.belongingTo(exposure, YEAR_2019, today)),
				new Scoring.Item("4.C.1", new BigDecimal("20"), ENGINE.belongingTo(opinion, YEAR_2019, today)),
				new Scoring.Item("3.C.2", new BigDecimal("30"), ENGINE.belongingTo(interview, YEAR_2019, today))));

		// exposure (9 + 0.5) / 12 = 0.7917 → 39.58; opinion 0.8 → 16; interviews 30
		assertThat(score.items().get(0).fulfilment()).isEqualByComparingTo("0.7917");
		assertThat(score.items().get(0).points()).isEqualByComparingTo("39.58");
		assertThat(score.items().get(1).rating()).isEqualTo(80);
		assertThat(score.items().get(1).lost()).isEqualByComparingTo("4.00");
		assertThat(score.total()).isEqualByComparingTo("85.58");

		// 5 interviews of 6: the year is missed, and earns 5/6 of its 30 points
		var five = new UnitObligation(interview.obligation(), UnitTerms.ALWAYS, Facts.of(interviews.subList(0, 5)));
		var fewer = SCORING.score(
				List.of(new Scoring.Item("2.C.2", new BigDecimal("50"), ENGINE.belongingTo(exposure, YEAR_2019, today)),
						new Scoring.Item("4.C.1", new BigDecimal("20"), ENGINE.belongingTo(opinion, YEAR_2019, today)),
						new Scoring.Item("3.C.2", new BigDecimal("30"), ENGINE.belongingTo(five, YEAR_2019, today))));
		assertThat(fewer.items().get(2).missed()).isEqualTo(1);
		assertThat(fewer.items().get(2).points()).isEqualByComparingTo("25.00");
		assertThat(fewer.total()).as("39.58 + 16 + 25").isEqualByComparingTo("80.58");
		var none = SCORING
			.score(List.of(fewer.items().get(0).code(), "4.C.1", "3.C.2").stream().map(code -> switch (code) {
				case "2.C.2" ->
					new Scoring.Item(code, new BigDecimal("50"), ENGINE.belongingTo(exposure, YEAR_2019, today));
				case "4.C.1" ->
					new Scoring.Item(code, new BigDecimal("20"), ENGINE.belongingTo(opinion, YEAR_2019, today));
				default -> new Scoring.Item(code, new BigDecimal("30"), ENGINE.belongingTo(five, YEAR_2019, today),
						ScoreMode.ALL_OR_NOTHING);
			}).toList());
		assertThat(none.total()).as("all or nothing: 39.58 + 16 + 0").isEqualByComparingTo("55.58");
	}

	static final UnitObligation INTERVIEWS_5_OF_6 = interviews(approved("2019-02-15"), approved("2019-04-15"),
			approved("2019-06-15"), approved("2019-09-15"), approved("2019-11-15"));

	static UnitObligation interviews(RecordFact... records) {
		return subject(rules(RuleVersion.countPerYear(CAMPAIGN_START, 6)), records);
	}

	static Scoring.Item yearly(UnitObligation subject, ScoreMode mode, String today) {
		return new Scoring.Item("3.C.2", new BigDecimal("30"), ENGINE.belongingTo(subject, YEAR_2019, day(today)),
				mode);
	}

	/**
	 * The interviews (30) with exposure (70) met every month of 2019, so that the
	 * interviews keep their own 30 points.
	 */
	static Scoring.Score withExposure(Scoring scoring, Scoring.Item interviews) {
		var everyMonth = IntStream.rangeClosed(1, 12)
			.mapToObj(m -> approved("2019-%02d-05".formatted(m)))
			.toArray(RecordFact[]::new);
		var exposure = subject(countPer(Frequency.MONTH, 1), everyMonth);
		return scoring.score(List.of(interviews, new Scoring.Item("2.C.2", new BigDecimal("70"),
				ENGINE.belongingTo(exposure, YEAR_2019, day("2020-02-01")))));
	}

	@Test
	void aYearlyTargetEarnsItsShareFiveOfSixIsFiveSixths() {
		var score = withExposure(SCORING, yearly(INTERVIEWS_5_OF_6, ScoreMode.PROPORTIONAL, "2020-01-15"));
		assertThat(score.items().get(0).missed()).as("the status stays MISSED").isEqualTo(1);
		assertThat(score.items().get(0).fulfilment()).isEqualByComparingTo("0.8333");
		assertThat(score.items().get(0).points()).isEqualByComparingTo("25.00");
		assertThat(score.items().get(0).lost()).isEqualByComparingTo("5.00");
		assertThat(score.total()).isEqualByComparingTo("95.00");
		assertThat(withExposure(SCORING, yearly(INTERVIEWS_5_OF_6, null, "2020-01-15")).total())
			.as("proportional is the default")
			.isEqualByComparingTo("95.00");
	}

	@Test
	void allOrNothingEarnsNothingShortOfTheTarget() {
		var score = withExposure(SCORING, yearly(INTERVIEWS_5_OF_6, ScoreMode.ALL_OR_NOTHING, "2020-01-15"));
		assertThat(score.items().get(0).points()).isEqualByComparingTo("0.00");
		assertThat(score.items().get(0).lost()).isEqualByComparingTo("30.00");
		assertThat(score.total()).isEqualByComparingTo("70.00");
	}

	@Test
	void aTargetExceededEarnsTheWholeWeightAndNoMore() {
		var nine = IntStream.rangeClosed(1, 9).mapToObj(m -> approved("2019-0%d-20".formatted(m)));
		var score = withExposure(SCORING,
				yearly(interviews(nine.toArray(RecordFact[]::new)), ScoreMode.PROPORTIONAL, "2020-01-15"));
		assertThat(score.items().get(0).fulfilment()).isEqualByComparingTo("1");
		assertThat(score.items().get(0).points()).isEqualByComparingTo("30.00");
		assertThat(score.total()).isEqualByComparingTo("100.00");
	}

	@Test
	void lateRecordsFillTheShortfallAtTheLateCredit() {
		// logged after 10 January 2020: late for the year 2019
		var fourAndOneLate = interviews(approved("2019-02-15"), approved("2019-04-15"), approved("2019-06-15"),
				approved("2019-09-15"), approved("2019-12-20", "2020-01-20"));
		var item = yearly(fourAndOneLate, ScoreMode.PROPORTIONAL, "2020-02-01");
		assertThat(item.evaluations().get(0).progress()).isEqualTo(new Progress.Pace(5, 6, 6, 0, 1));
		assertThat(withExposure(SCORING, item).items().get(0).yearly()).as("shown on the score page")
			.isEqualTo(new Progress.Pace(5, 6, 6, 0, 1));
		// (4 + 0.5) / 6 = 0.75 → 22.50 of 30
		assertThat(withExposure(SCORING, item).items().get(0).points()).isEqualByComparingTo("22.50");
		assertThat(withExposure(new Scoring(0), item).items().get(0).points()).as("no late credit: 4 / 6")
			.isEqualByComparingTo("20.00");

		// 4 in time and 4 late: only 2 late ones fill the target, (4 + 2 × 0.5) / 6 →
		// 25.00;
		// all or nothing, the year is met late: 15.00
		var fourAndFourLate = interviews(approved("2019-02-15"), approved("2019-04-15"), approved("2019-06-15"),
				approved("2019-09-15"), approved("2019-12-20", "2020-01-20"), approved("2019-12-21", "2020-01-20"),
				approved("2019-12-22", "2020-01-20"), approved("2019-12-23", "2020-01-20"));
		assertThat(withExposure(SCORING, yearly(fourAndFourLate, ScoreMode.PROPORTIONAL, "2020-02-01")).items()
			.get(0)
			.points()).isEqualByComparingTo("25.00");
		assertThat(withExposure(SCORING, yearly(fourAndFourLate, ScoreMode.ALL_OR_NOTHING, "2020-02-01")).items()
			.get(0)
			.points()).isEqualByComparingTo("15.00");
	}

	@Test
	void aRunningYearIsNotScoredInEitherMode() {
		for (var mode : ScoreMode.values()) {
			var score = SCORING.score(List.of(yearly(INTERVIEWS_5_OF_6, mode, "2019-12-20")));
			assertThat(score.items().get(0).state()).isEqualTo(ItemState.UNDECIDED);
			assertThat(score.total()).isNull();
		}
	}

	@Test
	void aRatingBelowThePassMarkStillEarnsItsRating() {
		var opinion = new UnitObligation(rules(RuleVersion.assessment(CAMPAIGN_START)), UnitTerms.ALWAYS,
				Facts.NONE.withRatings(Map.of(YEAR_2019, 50)));
		var evaluations = ENGINE.belongingTo(opinion, YEAR_2019, day("2020-01-15"));
		assertThat(evaluations.get(0).status()).isEqualTo(Status.MISSED);
		var score = SCORING.score(List.of(new Scoring.Item("4.C.1", new BigDecimal("20"), evaluations)));
		assertThat(score.items().get(0).rating()).isEqualTo(50);
		assertThat(score.total()).isEqualByComparingTo("50.00");
	}

	@Test
	void pendingRecordsAndRunningPeriodsAreNotScored() {
		var exposure = subject(countPer(Frequency.MONTH, 1), pending("2019-12-05"));
		var december = Frequency.MONTH.periodContaining(day("2019-12-01"));
		// on 20 December the month is running: nothing decided, no score
		var running = SCORING.score(List.of(item("2.C.2", "100", exposure, december)));
		assertThat(running.items().get(0).state()).isEqualTo(ItemState.UNDECIDED);
		assertThat(running.total()).isNull();
		// once over, the pending record logged in time makes it AWAITING_REVIEW: not
		// scored
		var over = SCORING.score(List.of(new Scoring.Item("2.C.2", BigDecimal.valueOf(100),
				ENGINE.belongingTo(exposure, december, day("2020-01-02")))));
		assertThat(over.items().get(0).state()).isEqualTo(ItemState.UNDECIDED);
		assertThat(over.total()).isNull();
		// with nothing logged, December waits through its grace days, then is missed
		var nothing = subject(countPer(Frequency.MONTH, 1));
		var inGrace = SCORING.score(List.of(new Scoring.Item("2.C.2", BigDecimal.valueOf(100),
				ENGINE.belongingTo(nothing, december, day("2020-01-10")))));
		assertThat(inGrace.total()).isNull();
		var missed = SCORING.score(List.of(new Scoring.Item("2.C.2", BigDecimal.valueOf(100),
				ENGINE.belongingTo(nothing, december, day("2020-01-11")))));
		assertThat(missed.total()).isEqualByComparingTo("0.00");
	}

	@Test
	void anUnratedAssessmentWaitsAndIsLeftOut() {
		var opinion = new UnitObligation(rules(RuleVersion.assessment(CAMPAIGN_START)), UnitTerms.ALWAYS, Facts.NONE);
		var exposure = subject(countPer(Frequency.MONTH, 1), approved("2019-12-05"));
		var today = day("2020-02-01");
		var december = Frequency.MONTH.periodContaining(day("2019-12-01"));
		var score = SCORING
			.score(List.of(new Scoring.Item("4.C.1", BigDecimal.TEN, ENGINE.belongingTo(opinion, december, today)),
					new Scoring.Item("2.C.2", BigDecimal.TEN, ENGINE.belongingTo(exposure, december, today))));
		assertThat(score.items().get(0).state()).isEqualTo(ItemState.UNDECIDED);
		assertThat(score.total()).isEqualByComparingTo("100.00");
	}

	@Test
	void lateCreditIsConfigurable() {
		var exposure = subject(countPer(Frequency.MONTH, 1), approved("2019-03-05", "2019-04-30"));
		var items = List.of(item("2.C.2", "100", exposure, MARCH_2019));
		assertThat(new Scoring(50).score(items).total()).isEqualByComparingTo("50.00");
		assertThat(new Scoring(80).score(items).total()).isEqualByComparingTo("80.00");
		assertThat(new Scoring(0).score(items).total()).isEqualByComparingTo("0.00");
	}

	@Test
	void tiesShareARankAndTheNextRankSkips() {
		var ranked = Ranking.of(List.of("南宁", "柳州", "桂林", "梧州", "北海"), Map.of("南宁", new BigDecimal("90.00"), "柳州",
				new BigDecimal("95.5"), "桂林", new BigDecimal("90.004"), "梧州", new BigDecimal("70"))::get);
		assertThat(ranked).extracting(r -> r.entry() + ":" + r.rank())
			.containsExactly("柳州:1", "南宁:2", "桂林:2", "梧州:4", "北海:null");
		assertThat(Ranking.movement(4, 2)).isEqualTo(2);
		assertThat(Ranking.movement(1, 3)).isEqualTo(-2);
		assertThat(Ranking.movement(null, 3)).isNull();
	}

	static List<Long> seeds() {
		return List.of(1L, 7L, 42L, 2018L, 20190305L);
	}

	/**
	 * Whatever the outcomes: the points of the scored items and the points they lost add
	 * up to 100 (within rounding), and no score leaves 0–100.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void pointsAndLossesAlwaysAddUpToAHundred(long seed) {
		var random = new Random(seed);
		var statuses = Status.values();
		for (int round = 0; round < 200; round++) {
			List<Scoring.Item> items = new ArrayList<>();
			int n = 1 + random.nextInt(8);
			for (int i = 0; i < n; i++) {
				List<Evaluation> evaluations = new ArrayList<>();
				int periods = random.nextInt(5);
				for (int p = 0; p < periods; p++) {
					var status = statuses[random.nextInt(statuses.length)];
					evaluations.add(new Evaluation(MARCH_2019, ObligationKind.COUNT_PER_PERIOD, null, null,
							MARCH_2019.end(), Applicability.APPLIES, status, random.nextBoolean(), 0, 0, 1,
							new Progress.Count(1, null)));
				}
				items.add(new Scoring.Item("i" + i, BigDecimal.valueOf(random.nextInt(30)), evaluations));
			}
			var score = SCORING.score(items);
			if (score.total() == null) {
				assertThat(score.items()).allSatisfy(s -> assertThat(s.points()).isNull());
				continue;
			}
			assertThat(score.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100.00"));
			var sum = score.items()
				.stream()
				.filter(s -> s.state() == ItemState.SCORED)
				.map(s -> s.points().add(s.lost()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
		}
	}

}
