package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generators for {@link Scenario}s. Every part is drawn on its own as small numbers (days
 * after a start), and the scenario is put together from them, which keeps generation fast
 * and keeps a failing case readable: small offsets from a start. Records cluster around
 * the quarter the property looks at, so that periods are met, met late and missed often
 * enough; phases, retirement and inactive units come up in about a quarter of the cases
 * each.
 */
final class Scenarios {

	private Scenarios() {
	}

	/** Counted kinds per period or per year, with up to two versions. */
	static Scenario counted(Random random, LocalDate base) {
		var o = new ObligationDraw(days(random, 0, 400), version(random),
				sometimes(random, 2, () -> days(random, 1, 900)), version(random),
				sometimes(random, 1, () -> days(random, 200, 1400)));
		var u = unit(random, 1);
		var records = list(random, 50, () -> record(random, 100, 60));
		int check = days(random, -60, 1000);
		int today = days(random, -60, 200);
		int grace = days(random, 0, 15);
		var exempt = list(random, 2, () -> days(random, -100, 100));
		var from = base.plusDays(o.start());
		var first = o.first().at(from);
		var versions = o.secondAfter()
			.map(after -> List.of(first, o.second().at(from.plusDays(after))))
			.orElse(List.of(first));
		var checkDay = from.plusDays(check);
		return u
			.scenario(from, o.retireAfter().map(from::plusDays).orElse(null), versions,
					records.stream().map(d -> d.at(checkDay)).toList(),
					exempt.stream().map(checkDay::plusDays).toList(), checkDay.plusDays(today), grace, checkDay)
			.in(campaign(random, from, checkDay));
	}

	/**
	 * In one case out of two, a campaign around the obligation: starting with it (three
	 * times out of four) or before it, and ending near the day looked at, so that weeks
	 * and other periods straddle its first and last days often.
	 */
	private static LocalDate[] campaign(Random random, LocalDate from, LocalDate checkDay) {
		if (random.nextBoolean()) {
			return null;
		}
		var first = (random.nextInt(4) < 3) ? from : from.minusDays(days(random, 1, 60));
		var last = checkDay.plusDays(days(random, -40, 120));
		return new LocalDate[] { first, last.isBefore(first) ? first.plusDays(days(random, 0, 30)) : last };
	}

	/** One yearly target, looked at during its year or soon after. */
	static Scenario yearly(Random random, LocalDate base) {
		int start = (random.nextInt(4) < 3) ? 0 : days(random, 0, 400);
		int target = days(random, 1, 8);
		var u = unit(random, 0);
		var records = list(random, 20, () -> record(random, 200, 200));
		int check = days(random, 0, 1000);
		int today = days(random, -200, 260);
		int grace = days(random, 0, 15);
		var from = base.plusDays(start);
		var checkDay = from.plusDays(check);
		var midYear = LocalDate.of(checkDay.getYear(), 7, 1);
		var version = new Scenario.Version(from, ObligationKind.COUNT_PER_YEAR, Frequency.YEAR, target);
		return u
			.scenario(from, null, List.of(version), records.stream().map(d -> d.at(midYear)).toList(), List.of(),
					midYear.plusDays(today), grace, checkDay)
			.in(campaign(random, from, checkDay));
	}

	private static VersionDraw version(Random random) {
		if (random.nextInt(5) == 0) {
			return new VersionDraw(ObligationKind.COUNT_PER_YEAR, Frequency.YEAR, days(random, 1, 8));
		}
		var kind = random.nextBoolean() ? ObligationKind.COUNT_PER_PERIOD : ObligationKind.RANGE_PER_PERIOD;
		var frequency = Frequency.values()[random.nextInt(Frequency.values().length)];
		int roll = random.nextInt(7);
		int min = (roll < 3) ? 1 : (roll < 5) ? 2 : (roll < 6) ? 0 : 3;
		return new VersionDraw(kind, frequency, min);
	}

	/**
	 * A unit with a phase date, and one with an active range, in {@code inFour} cases out
	 * of four each.
	 */
	private static UnitDraw unit(Random random, int inFour) {
		return new UnitDraw(sometimes(random, inFour, () -> days(random, 0, 600)),
				sometimes(random, inFour, () -> days(random, -100, 700)), days(random, 0, 1200));
	}

	/**
	 * A record some days from the day looked at, logged mostly soon after, sometimes
	 * late.
	 */
	private static RecordDraw record(Random random, int spread, int longestDelay) {
		int offset = days(random, -spread, spread);
		int delay = (random.nextInt(10) < 6) ? days(random, 0, 5) : days(random, 0, longestDelay);
		int roll = random.nextInt(16);
		var state = (roll < 8) ? ReviewState.APPROVED
				: (roll < 12) ? ReviewState.PENDING : (roll < 14) ? ReviewState.RETURNED : ReviewState.WITHDRAWN;
		return new RecordDraw(offset, delay, state);
	}

	static int days(Random random, int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	/** Present in {@code inFour} cases out of four. */
	private static <T> Optional<T> sometimes(Random random, int inFour, Supplier<T> value) {
		return (random.nextInt(4) < inFour) ? Optional.of(value.get()) : Optional.empty();
	}

	private static <T> List<T> list(Random random, int maxSize, Supplier<T> element) {
		int size = random.nextInt(maxSize + 1);
		List<T> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(element.get());
		}
		return list;
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
					checkDay, null, null);
		}

	}

	record RecordDraw(int offset, int delay, ReviewState state) {

		RecordFact at(LocalDate around) {
			var activity = around.plusDays(this.offset);
			return RecordFact.of(activity, activity.plusDays(this.delay), this.state);
		}

	}

}
