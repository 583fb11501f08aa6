package com.tasktable.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.tasktable.AdministrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's arithmetic on a clock we move by hand: five failures pause an account
 * for a minute, then two, four… never more than fifteen; an address after twenty. The
 * counts are rows of {@code login_throttle}: two throttles over one database (two
 * instances) see the same ones. Each test has names and addresses of its own.
 */
@AdministrationTest
class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle;

	/** Another instance on the same database. */
	private final LoginThrottle other;

	@Autowired
	LoginThrottleTests(NamedParameterJdbcTemplate jdbc) {
		this.throttle = new LoginThrottle(jdbc, this.clock, LoginThrottleProperties.DEFAULTS);
		this.other = new LoginThrottle(jdbc, this.clock, LoginThrottleProperties.DEFAULTS);
	}

	@Test
	void fiveFailuresPauseTheAccountForAMinuteThenLonger() {
		fail("wang1", "10.0.0.1", 4);
		assertThat(this.throttle.blockedUntil("wang1", "10.0.0.9")).isNull();
		fail("wang1", "10.0.0.1", 1);
		assertThat(this.throttle.blockedUntil("wang1", "10.0.0.9")).isEqualTo(this.clock.now.plusSeconds(60));
		assertThat(this.throttle.blockedUntil("WANG1 ", "10.0.0.9")).as("names compare without case").isNotNull();
		assertThat(this.throttle.blockedUntil("li", "10.0.0.9")).isNull();
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.throttle.blockedUntil("wang1", "10.0.0.9")).isNull();
		fail("wang1", "10.0.0.1", 5);
		assertThat(this.throttle.blockedUntil("wang1", null)).isEqualTo(this.clock.now.plusSeconds(120));
		for (int round = 0; round < 6; round++) {
			this.clock.advance(Duration.ofMinutes(16));
			fail("wang1", "10.0.0.1", 5);
		}
		assertThat(this.throttle.blockedUntil("wang1", null)).as("at most fifteen minutes")
			.isEqualTo(this.clock.now.plus(LoginThrottleProperties.DEFAULTS.maxUserPause()));
	}

	@Test
	void aSuccessOrAnUnlockForgetsTheAccountsFailures() {
		fail("wang2", "10.0.0.1", 4);
		this.throttle.succeeded("wang2", null);
		fail("wang2", "10.0.0.1", 4);
		assertThat(this.throttle.blockedUntil("wang2", null)).isNull();
		fail("wang2", "10.0.0.1", 1);
		assertThat(this.throttle.blockedUntil("wang2", null)).isNotNull();
		this.throttle.clear("wang2");
		assertThat(this.throttle.blockedUntil("wang2", null)).isNull();
	}

	@Test
	void failuresAreForgottenAfterAnHourWithoutOne() {
		fail("wang3", "10.0.0.1", 4);
		this.clock.advance(LoginThrottleProperties.DEFAULTS.forgetAfter().plusSeconds(1));
		fail("wang3", "10.0.0.1", 1);
		assertThat(this.throttle.blockedUntil("wang3", null)).isNull();
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

	/**
	 * An office behind one address: a stranger's twenty failures pause the address, but
	 * whoever signed in from it within the last 30 days still can (with the right
	 * password; their own account's pause still holds).
	 */
	@Test
	void aPausedAddressStillLetsInTheAccountsThatSignedInFromIt() {
		this.throttle.succeeded("office-wu", "10.0.5.1");
		this.clock.now = this.clock.now.plus(Duration.ofDays(10));
		fail("guess", "10.0.5.1", 20);
		assertThat(this.throttle.blockedUntil("stranger", "10.0.5.1")).as("the paused address").isNotNull();
		assertThat(this.other.blockedUntil("office-wu", "10.0.5.1")).as("a known account, on any instance").isNull();
		fail("office-wu", "10.0.5.1", 5);
		assertThat(this.throttle.blockedUntil("office-wu", "10.0.5.1")).as("its own failures still pause it")
			.isNotNull();
		this.throttle.clear("office-wu");
		this.clock.now = this.clock.now.plus(Duration.ofDays(21));
		fail("guess", "10.0.5.1", 20);
		assertThat(this.throttle.blockedUntil("office-wu", "10.0.5.1")).as("known no longer after 30 days").isNotNull();
	}

	@Test
	void twoInstancesCountTheSameFailures() {
		fail("zhao", "10.0.3.1", 3);
		this.other.failed("zhao", "10.0.3.2");
		assertThat(this.throttle.blockedUntil("zhao", null)).isNull();
		this.other.failed("zhao", "10.0.3.2");
		assertThat(this.throttle.blockedUntil("zhao", null)).as("five failures over two instances")
			.isEqualTo(this.clock.now.plusSeconds(60));
		this.other.clear("zhao");
		assertThat(this.throttle.blockedUntil("zhao", null)).as("an unlock on the other instance").isNull();
	}

	@Test
	void failuresAtTheSameMomentAreAllCounted() throws Exception {
		var pool = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 19; i++) {
			var instance = (i % 2 == 0) ? this.throttle : this.other;
			var user = "sun" + i;
			pool.execute(() -> instance.failed(user, "10.0.4.1"));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.throttle.blockedUntil("anyone", "10.0.4.1")).isNull();
		this.other.failed("sun19", "10.0.4.1");
		assertThat(this.throttle.blockedUntil("anyone", "10.0.4.1")).as("the twentieth failure")
			.isEqualTo(this.clock.now.plusSeconds(60));
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
