package com.tasktable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The moment a test run stands on. Without {@code -Dtasktable.test.now} the application
 * keeps its own clock (system UTC); with, say,
 * {@code -Dtasktable.test.now=2026-12-31T23:30+08:00}, every test context's {@code clock}
 * bean is replaced by one that starts at that moment and ticks (see
 * {@link TestClockContextCustomizerFactory}). Contexts that bring their own
 * {@code @Primary} clock keep it.
 */
public final class TestClock {

	/** The system property that sets the run's moment (an ISO offset date-time). */
	public static final String PROPERTY = "tasktable.test.now";

	private static final Optional<Instant> START = Optional.ofNullable(System.getProperty(PROPERTY))
		.filter((value) -> !value.isBlank())
		.map((value) -> OffsetDateTime.parse(value.strip()).toInstant());

	/** Taken once, so every context of a run stands on the same moment. */
	private static final Duration OFFSET = START.map((start) -> Duration.between(Instant.now(), start))
		.orElse(Duration.ZERO);

	private TestClock() {
	}

	/** The run's moment, when one is set. */
	public static Optional<Instant> start() {
		return START;
	}

	/** A UTC clock that ticks from the run's moment, when one is set. */
	public static Optional<Clock> configured() {
		return START.map((start) -> Clock.offset(Clock.systemUTC(), OFFSET));
	}

}
