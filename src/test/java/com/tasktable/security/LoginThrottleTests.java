package com.tasktable.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's arithmetic on a clock we move by hand: five failures pause an account
 * for a minute, then two, four… never more than fifteen; an address after twenty.
 */
class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(this.clock);

	@Test
	void fiveFailuresPauseTheAccountForAMinuteThenLonger() {
		fail("wang", "10.0.0.1", 4);
		assertThat(this.throttle.blockedUntil("wang", "10.0.0.9")).isNull();
		fail("wang", "10.0.0.1", 1);
		assertThat(this.throttle.blockedUntil("wang", "10.0.0.9")).isEqualTo(this.clock.now.plusSeconds(60));
		assertThat(this.throttle.blockedUntil("WANG ", "10.0.0.9")).as("names compare without case").isNotNull();
		assertThat(this.throttle.blockedUntil("li", "10.0.0.9")).isNull();
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.throttle.blockedUntil("wang", "10.0.0.9")).isNull();
		fail("wang", "10.0.0.1", 5);
		assertThat(this.throttle.blockedUntil("wang", null)).isEqualTo(this.clock.now.plusSeconds(120));
		for (int round = 0; round < 6; round++) {
			this.clock.advance(Duration.ofMinutes(16));
			fail("wang", "10.0.0.1", 5);
		}
		assertThat(this.throttle.blockedUntil("wang", null)).as("at most fifteen minutes")
			.isEqualTo(this.clock.now.plus(LoginThrottleProperties.DEFAULTS.maxUserPause()));
	}

	@Test
	void aSuccessOrAnUnlockForgetsTheAccountsFailures() {
		fail("wang", "10.0.0.1", 4);
		this.throttle.succeeded("wang");
		fail("wang", "10.0.0.1", 4);
		assertThat(this.throttle.blockedUntil("wang", null)).isNull();
		fail("wang", "10.0.0.1", 1);
		assertThat(this.throttle.blockedUntil("wang", null)).isNotNull();
		this.throttle.clear("wang");
		assertThat(this.throttle.blockedUntil("wang", null)).isNull();
	}

	@Test
	void failuresAreForgottenAfterAnHourWithoutOne() {
		fail("wang", "10.0.0.1", 4);
		this.clock.advance(LoginThrottleProperties.DEFAULTS.forgetAfter().plusSeconds(1));
		fail("wang", "10.0.0.1", 1);
		assertThat(this.throttle.blockedUntil("wang", null)).isNull();
	}

	@Test
	void oneAddressTryingManyAccountsIsPaused() {
		for (int i = 0; i < 19; i++) {
			fail("user" + i, "10.0.0.66", 1);
		}
		assertThat(this.throttle.blockedUntil("someone", "10.0.0.66")).isNull();
		fail("user19", "10.0.0.66", 1);
		assertThat(this.throttle.blockedUntil("someone", "10.0.0.66")).isEqualTo(this.clock.now.plusSeconds(60));
		assertThat(this.throttle.blockedUntil("someone", "10.0.0.67")).isNull();
	}

	private void fail(String user, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(user, address);
		}
	}

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2019-07-01T02:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
