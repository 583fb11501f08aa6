package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The engine against {@link NaiveOracle} on thousands of generated cases: random
 * frequencies, minimums, a second version with another cycle, phase dates, retirement,
 * inactive units, exemptions, records in every state logged on time or late, grace days,
 * campaigns that start or end inside a period, and any today. Generated around 2018–2021
 * so that leap years, ISO weeks across years and quarter edges come up often.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(2) // long, beside the other lane: started early (docs/testing.md)
class EngineOracleTests {

	static final LocalDate BASE = LocalDate.of(2018, 1, 1);

	@ParameterizedTest(name = "case {index}")
	@MethodSource("counted")
	void everyPeriodOfAQuarterMatchesTheOracle(Scenario scenario) {
		var subject = scenario.subject();
		var engine = scenario.engine();
		var quarter = Frequency.QUARTER.periodContaining(scenario.checkDay());
		var expected = NaiveOracle.quarterOf(scenario, scenario.checkDay());
		var actual = engine.belongingTo(subject, quarter, scenario.today());
		assertThat(actual)
			.extracting(e -> e.period().start(), e -> e.period().end(), Evaluation::status, Evaluation::approved,
					Evaluation::pending, Evaluation::required, Evaluation::over, Evaluation::lateEntriesUntil)
			.as("periods of %s", quarter.key())
			.containsExactlyElementsOf(expected.stream()
				.map(e -> tuple(e.slot().start(), e.slot().end(), e.status(), e.approved(), e.pending(), e.required(),
						e.over(), e.lateEntriesUntil()))
				.toList());
		var holding = NaiveOracle.holding(scenario, scenario.checkDay());
		if (holding == null) {
			assertThat(engine.evaluateOn(subject, scenario.checkDay(), scenario.today()))
				.as("nothing holds %s outside the campaign", scenario.checkDay())
				.isEmpty();
		}
		else {
			assertThat(engine.evaluateOn(subject, scenario.checkDay(), scenario.today())).get()
				.extracting(e -> e.period().start(), e -> e.period().end(), Evaluation::status)
				.as("the period holding %s", scenario.checkDay())
				.containsExactly(holding.slot().start(), holding.slot().end(), holding.status());
		}
		for (var one : expected) {
			var period = new Period(one.slot().version().frequency(), one.slot().start(), one.slot().end());
			assertThat(engine.evaluate(subject, period, scenario.today())).get()
				.extracting(Evaluation::status)
				.as("%s on its own", period.key())
				.isEqualTo(one.status());
		}
	}

	@ParameterizedTest(name = "case {index}")
	@MethodSource("counted")
	void aQuarterCellCountsWhatTheOracleCounts(Scenario scenario) {
		var quarter = Frequency.QUARTER.periodContaining(scenario.checkDay());
		var cell = scenario.engine().cell(scenario.subject(), quarter, scenario.today());
		var expected = NaiveOracle.quarterOf(scenario, scenario.checkDay());
		int done = 0;
		int applicable = 0;
		int approved = 0;
		int pending = 0;
		List<Status> statuses = new ArrayList<>();
		for (var one : expected) {
			statuses.add(one.status());
			approved += one.approved();
			pending += one.pending();
			if (one.status() == Status.MET || one.status() == Status.MET_LATE) {
				done++;
			}
			if (one.status() != Status.NOT_APPLICABLE && one.status() != Status.EXEMPT) {
				applicable++;
			}
		}
		assertThat(cell.done()).isEqualTo(done);
		assertThat(cell.applicable()).isEqualTo(applicable);
		assertThat(cell.approved()).isEqualTo(approved);
		assertThat(cell.pending()).isEqualTo(pending);
		assertThat(cell.status()).isEqualTo(worst(statuses));
		assertThat(cell.ongoing()).extracting(e -> e.period().start(), e -> e.period().end(), Evaluation::status)
			.as("running through %s", quarter.key())
			.containsExactlyElementsOf(NaiveOracle.runningThrough(scenario, scenario.checkDay())
				.stream()
				.map(e -> tuple(e.slot().start(), e.slot().end(), e.status()))
				.toList());
		var compliance = Compliance.of(cell.evaluations(), ComplianceSettings.DEFAULTS);
		long counted = expected.stream()
			.filter(e -> e.over() && (e.status().isDone() || e.status() == Status.MISSED))
			.count();
		assertThat(compliance.counted()).isEqualTo((int) counted);
	}

	@ParameterizedTest(name = "case {index}")
	@MethodSource("yearly")
	void aYearlyTargetAndItsPaceMatchTheOracle(Scenario scenario) {
		var year = Frequency.YEAR.periodContaining(scenario.checkDay());
		var expected = NaiveOracle.slots(scenario)
			.stream()
			.filter(slot -> slot.start().getYear() == year.start().getYear())
			.map(slot -> NaiveOracle.expect(scenario, slot))
			.findFirst();
		var actual = scenario.engine().evaluate(scenario.subject(), year, scenario.today());
		if (expected.isEmpty()) {
			assertThat(actual).as("a year outside the campaign").isEmpty();
			return;
		}
		assertThat(actual).isPresent();
		assertThat(actual.get().period().start()).isEqualTo(expected.get().slot().start());
		assertThat(actual.get().period().end()).isEqualTo(expected.get().slot().end());
		assertThat(actual.get().status()).isEqualTo(expected.get().status());
		assertThat(actual.get().lateEntriesUntil()).isEqualTo(expected.get().lateEntriesUntil());
		assertThat(actual.get().approved()).isEqualTo(expected.get().approved());
		assertThat(actual.get().pending()).isEqualTo(expected.get().pending());
		assertThat(actual.get().required()).isEqualTo(expected.get().required());
	}

	@ParameterizedTest(name = "case {index}")
	@MethodSource("days")
	void aDayBelongsToThePeriodTheOracleWalksTo(Frequency frequency, LocalDate day) {
		var period = frequency.periodContaining(day);
		assertThat(period.start()).isEqualTo(NaiveCalendar.startOf(frequency, day));
		assertThat(period.end()).isEqualTo(NaiveCalendar.endOf(frequency, day));
		assertThat(period.quarter().start()).isEqualTo(NaiveCalendar.startOf(Frequency.QUARTER, period.end()));
	}

	/**
	 * The generated cases reach what the new rules are about: periods awaiting review,
	 * periods inside their grace days, and periods cut at a campaign's first or last day.
	 */
	@Test
	void theCasesReachAwaitingReviewGraceDaysAndCampaignEdges() {
		int awaiting = 0;
		int inGrace = 0;
		int cut = 0;
		for (var scenario : counted().toList()) {
			for (var one : NaiveOracle.quarterOf(scenario, scenario.checkDay())) {
				awaiting += (one.status() == Status.AWAITING_REVIEW) ? 1 : 0;
				inGrace += (one.lateEntriesUntil() != null) ? 1 : 0;
				var calendar = one.slot().version().frequency();
				boolean whole = NaiveCalendar.startsPeriod(calendar, one.slot().start())
						&& NaiveCalendar.startsPeriod(calendar, one.slot().end().plusDays(1));
				cut += whole ? 0 : 1;
			}
		}
		assertThat(awaiting).isGreaterThan(100);
		assertThat(inGrace).isGreaterThan(20);
		assertThat(cut).isGreaterThan(20);
	}

	/** The oracle's cell colour: the first status of this list that any period has. */
	static Status worst(List<Status> statuses) {
		for (var status : List.of(Status.MISSED, Status.BEHIND, Status.DUE, Status.AWAITING_REVIEW, Status.MET_LATE,
				Status.MET, Status.EXEMPT)) {
			if (statuses.contains(status)) {
				return status;
			}
		}
		return Status.NOT_APPLICABLE;
	}

	/**
	 * Fixed seeds, so that a failure is reproduced by running the test again; each case
	 * names its index.
	 */
	static final long SEED = Long.getLong("oracle.seed", 20181001L);

	static final int CASES = Integer.getInteger("oracle.cases", 1500);

	static Stream<Arguments> days() {
		var random = new Random(SEED);
		return IntStream.range(0, 2000)
			.mapToObj(i -> Arguments.of(Frequency.values()[random.nextInt(Frequency.values().length)],
					BASE.plusDays(Scenarios.days(random, -800, 2400))));
	}

	static Stream<Scenario> counted() {
		var random = new Random(SEED + 1);
		return IntStream.range(0, CASES).mapToObj(i -> Scenarios.counted(random, BASE));
	}

	static Stream<Scenario> yearly() {
		var random = new Random(SEED + 2);
		return IntStream.range(0, CASES).mapToObj(i -> Scenarios.yearly(random, BASE));
	}

}
