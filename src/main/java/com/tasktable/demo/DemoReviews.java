package com.tasktable.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.tasktable.records.Decision;
import com.tasktable.records.RecordState;

/**
 * How the region's reviewer got through the demo's records, as the application would have
 * recorded it: each record is decided two to ten days after it was logged (so the last
 * days' records still wait), a few are returned with a reason, and a returned record is
 * usually fixed within days and approved after it; only the latest returns are still
 * open. Versions follow the application's: a decision or a fix adds one.
 */
class DemoReviews {

	private static final long HOUR = 3600;

	private final Random random;

	private final Instant now;

	private final Long reviewerId;

	private final List<String> reasons;

	DemoReviews(Random random, Instant now, Long reviewerId, List<String> reasons) {
		this.random = random;
		this.now = now;
		this.reviewerId = reviewerId;
		this.reasons = List.copyOf(reasons);
	}

	/**
	 * A record logged at {@code loggedAt}: pending until its reviewer gets to it, then
	 * approved, or returned with probability {@code returnRate} and then, unless that was
	 * too recent, fixed by {@code author} and decided again.
	 */
	SeedReview review(Instant loggedAt, Long author, double returnRate) {
		var decided = after(loggedAt, 48, 240);
		if (this.reviewerId == null || decided.isAfter(this.now)) {
			return new SeedReview(RecordState.PENDING, 0, loggedAt, List.of());
		}
		if (this.random.nextDouble() >= returnRate) {
			return new SeedReview(RecordState.APPROVED, 1, decided, List.of());
		}
		List<SeedReview.Step> steps = new ArrayList<>();
		steps.add(returned(0, decided));
		var fixed = after(decided, 12, 120);
		if (fixed.isAfter(this.now)) {
			return new SeedReview(RecordState.RETURNED, 1, decided, steps);
		}
		steps.add(new SeedReview.Step(Decision.RESUBMITTED, null, 2, author, fixed));
		var decidedAgain = after(fixed, 24, 72);
		if (decidedAgain.isAfter(this.now)) {
			return new SeedReview(RecordState.PENDING, 2, fixed, steps);
		}
		steps.add(new SeedReview.Step(Decision.APPROVED, null, 2, this.reviewerId, decidedAgain));
		return new SeedReview(RecordState.APPROVED, 3, decidedAgain, steps);
	}

	/**
	 * The same record returned when it was approved, and not fixed yet: the open return a
	 * reporter finds on their home page.
	 */
	SeedReview returnedInstead(SeedReview approved) {
		return new SeedReview(RecordState.RETURNED, 1, approved.updatedAt(),
				List.of(returned(0, approved.updatedAt())));
	}

	private SeedReview.Step returned(long version, Instant at) {
		var reason = this.reasons.get(this.random.nextInt(this.reasons.size()));
		return new SeedReview.Step(Decision.RETURNED, reason, version, this.reviewerId, at);
	}

	/** Some time between {@code minHours} and {@code maxHours} after {@code from}. */
	private Instant after(Instant from, int minHours, int maxHours) {
		return from.plus(Duration.ofSeconds(minHours * HOUR + this.random.nextLong((maxHours - minHours) * HOUR)));
	}

}
