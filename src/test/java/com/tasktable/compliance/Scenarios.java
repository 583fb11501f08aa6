package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for {@link Scenario}s. Every part is drawn on its own as small numbers (days
 * after a start), and the scenario is put together from them, which keeps generation fast
 * and lets jqwik shrink a failure to small offsets. Records cluster around the quarter
 * the property looks at, so that periods are met, met late and missed often enough;
 * phases, retirement and inactive units come up in about a quarter of the cases each.
 */
final class Scenarios {

	private Scenarios() {
	}

	/** Counted kinds per period or per year, with up to two versions. */
	static Arbitrary<Scenario> counted(LocalDate base) {
		var obligation = Combinators
			.combine(days(0, 400), version(), sometimes(days(1, 900), 2), version(), sometimes(days(200, 1400), 1))
			.as(ObligationDraw::new);
		var records = record(100, 60).list().ofMaxSize(50);
		return Combinators
			.combine(obligation, unit(1), records, days(-60, 1000), days(-60, 200), days(0, 15),
					days(-100, 100).list().ofMaxSize(2))
			.as((o, u, r, check, today, grace, exempt) -> {
				var from = base.plusDays(o.start());
				var first = o.first().at(from);
				var versions = o.secondAfter()
					.map(after -> List.of(first, o.second().at(from.plusDays(after))))
					.orElse(List.of(first));
				var checkDay = from.plusDays(check);
				return u.scenario(from, o.retireAfter().map(from::plusDays).orElse(null), versions,
						r.stream().map(d -> d.at(checkDay)).toList(), exempt.stream().map(checkDay::plusDays).toList(),
						checkDay.plusDays(today), grace, checkDay);
			});
	}

	/** One yearly target, looked at during its year or soon after. */
	static Arbitrary<Scenario> yearly(LocalDate base) {
		var records = record(200, 200).list().ofMaxSize(20);
		var startDays = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, days(0, 400)));
		return Combinators.combine(startDays, days(1, 8), unit(0), records, days(0, 1000), days(-200, 260), days(0, 15))
			.as((start, target, u, r, check, today, grace) -> {
				var from = base.plusDays(start);
				var checkDay = from.plusDays(check);
				var midYear = LocalDate.of(checkDay.getYear(), 7, 1);
				var version = new Scenario.Version(from, ObligationKind.COUNT_PER_YEAR, Frequency.YEAR, target);
				return u.scenario(from, null, List.of(version), r.stream().map(d -> d.at(midYear)).toList(), List.of(),
						midYear.plusDays(today), grace, checkDay);
			});
	}

	private static Arbitrary<VersionDraw> version() {
		var counted = Combinators
			.combine(Arbitraries.of(ObligationKind.COUNT_PER_PERIOD, ObligationKind.RANGE_PER_PERIOD),
					Arbitraries.of(Frequency.class),
					Arbitraries.frequency(Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(1, 0), Tuple.of(1, 3)))
			.as(VersionDraw::new);
		var yearly = days(1, 8).map(target -> new VersionDraw(ObligationKind.COUNT_PER_YEAR, Frequency.YEAR, target));
		return Arbitraries.frequencyOf(Tuple.of(4, counted), Tuple.of(1, yearly));
	}

	/**
	 * A unit with a phase date, and one with an active range, in one case out of four
	 * each (or none).
	 */
	private static Arbitrary<UnitDraw> unit(int inFour) {
		return Combinators.combine(sometimes(days(0, 600), inFour), sometimes(days(-100, 700), inFour), days(0, 1200))
			.as(UnitDraw::new);
	}

	/**
	 * A record some days from the day looked at, logged mostly soon after, sometimes
	 * late.
	 */
	private static Arbitrary<RecordDraw> record(int spread, int longestDelay) {
		var delay = Arbitraries.frequencyOf(Tuple.of(6, days(0, 5)), Tuple.of(4, days(0, longestDelay)));
		var state = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(ReviewState.APPROVED)),
				Tuple.of(4, Arbitraries.just(ReviewState.PENDING)), Tuple.of(2, Arbitraries.just(ReviewState.RETURNED)),
				Tuple.of(2, Arbitraries.just(ReviewState.WITHDRAWN)));
		return Combinators.combine(days(-spread, spread), delay, state).as(RecordDraw::new);
	}

	private static Arbitrary<Integer> days(int min, int max) {
		return Arbitraries.integers().between(min, max);
	}

	/** Present in {@code inFour} cases out of four. */
	private static <T> Arbitrary<Optional<T>> sometimes(Arbitrary<T> value, int inFour) {
		return Arbitraries.frequencyOf(Tuple.of(4 - inFour, Arbitraries.just(Optional.<T>empty())),
				Tuple.of(inFour, value.map(Optional::of)));
	}

	record VersionDraw(ObligationKind kind, Frequency frequency, int min) {

		Scenario.Version at(LocalDate from) {
			return new Scenario.Version(from, this.kind, this.frequency, this.min);
		}

	}

	record ObligationDraw(int start, VersionDraw first, Optional<Integer> secondAfter, VersionDraw second,
			Optional<Integer> retireAfter) {
	}

	/**
	 * Phase date after the obligation's start, active from, and active for so many days.
	 */
	record UnitDraw(Optional<Integer> phaseAfter, Optional<Integer> activeFrom, int activeFor) {

		Scenario scenario(LocalDate from, LocalDate to, List<Scenario.Version> versions, List<RecordFact> records,
				List<LocalDate> exempt, LocalDate today, int grace, LocalDate checkDay) {
			var phase = this.phaseAfter.map(from::plusDays).orElse(null);
			var activeStart = this.activeFrom.map(from::plusDays).orElse(null);
			// a unit that stops does so in one case out of two of those with a start
			var activeEnd = (activeStart != null && this.activeFor % 2 == 0) ? activeStart.plusDays(this.activeFor)
					: null;
			return new Scenario(from, to, versions, phase, activeStart, activeEnd, records, exempt, today, grace,
					checkDay);
		}

	}

	record RecordDraw(int offset, int delay, ReviewState state) {

		RecordFact at(LocalDate around) {
			var activity = around.plusDays(this.offset);
			return RecordFact.of(activity, activity.plusDays(this.delay), this.state);
		}

	}

}
