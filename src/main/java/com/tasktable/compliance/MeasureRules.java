package com.tasktable.compliance;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The kinds judged by what the records say: metric readings and coverage categories. */
final class MeasureRules {

	/**
	 * Readings in date order; on the same day the one logged last (a correction) wins,
	 * then the higher value, so the order never depends on how the caller sorted them.
	 */
	private static final Comparator<RecordFact> READING_ORDER = Comparator.comparing(RecordFact::activityDate)
		.thenComparing(RecordFact::loggedOn)
		.thenComparing(RecordFact::value);

	private MeasureRules() {
	}

	/**
	 * METRIC_TARGET: the latest approved reading dated by the due day and logged in time
	 * reaches the target: MET. Otherwise, when the latest reading of the period reaches
	 * it (dated after the deadline, or logged late): MET_LATE. When the latest reading in
	 * time, pending ones included, reaches it: AWAITING_REVIEW.
	 */
	static Judgement metric(Case c) {
		var target = (c.version().metricTarget() != null) ? c.version().metricTarget() : BigDecimal.ZERO;
		var readings = c.approved().stream().filter(r -> r.value() != null).sorted(READING_ORDER).toList();
		var inTime = readings.stream().filter(c::inTime).toList();
		boolean doneInTime = reaches(inTime, target);
		var latest = readings.isEmpty() ? null : last(readings);
		boolean done = doneInTime || (latest != null && latest.value().compareTo(target) >= 0);
		var withPending = Stream.concat(inTime.stream(), c.pendingInTime().stream())
			.filter(r -> r.value() != null)
			.sorted(READING_ORDER)
			.toList();
		var status = Judgement.verdict(c, doneInTime, done, reaches(withPending, target), false);
		var progress = new Progress.Metric((latest != null) ? latest.value() : null,
				(latest != null) ? latest.activityDate() : null, target, trend(readings));
		return new Judgement(status, c.approved().size(), c.pending().size(), 1, progress);
	}

	private static boolean reaches(List<RecordFact> readings, BigDecimal target) {
		return !readings.isEmpty() && last(readings).value().compareTo(target) >= 0;
	}

	private static Progress.Trend trend(List<RecordFact> readings) {
		if (readings.size() < 2) {
			return null;
		}
		int sign = last(readings).value().compareTo(readings.get(readings.size() - 2).value());
		return (sign > 0) ? Progress.Trend.UP : (sign < 0) ? Progress.Trend.DOWN : Progress.Trend.FLAT;
	}

	private static RecordFact last(List<RecordFact> readings) {
		return readings.get(readings.size() - 1);
	}

	/**
	 * COVERAGE: every required category has an approved record in the period. Every
	 * figure is in categories: covered ones, ones covered only by pending records, and
	 * the required ones; records of other categories cover nothing.
	 */
	static Judgement coverage(Case c) {
		var required = List.copyOf(new LinkedHashSet<>(c.version().categories()));
		var approved = c.approved();
		var covered = covered(required, approved);
		var inTime = approved.stream().filter(c::inTime).toList();
		var coveredInTime = covered(required, inTime);
		var withPending = covered(required, Stream.concat(inTime.stream(), c.pendingInTime().stream()).toList());
		var pendingOnly = covered(required, c.pending());
		pendingOnly.removeAll(covered);
		var status = Judgement.verdict(c, coveredInTime.size() == required.size(), covered.size() == required.size(),
				withPending.size() == required.size(), false);
		return new Judgement(status, covered.size(), pendingOnly.size(), required.size(),
				new Progress.Categories(List.copyOf(covered), required, List.copyOf(pendingOnly)));
	}

	private static Set<String> covered(List<String> required, List<RecordFact> records) {
		Set<String> covered = new LinkedHashSet<>();
		for (var category : required) {
			if (records.stream().anyMatch(r -> category.equals(r.category()))) {
				covered.add(category);
			}
		}
		return covered;
	}

}
