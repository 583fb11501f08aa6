package com.tasktable.bulletins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.tasktable.TestDatabaseConfiguration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The application on a database of its own, standing on 5 December 2020 (10:00 in
 * Guangxi): the 2018–2020 campaign is the running one, its demo records reach that day,
 * November is over but still inside its grace days (until 10 December). Publishing stores
 * bulletins for good, and these tests change records and weights, so no other test shares
 * this database. Every class with this annotation shares the one context; the group runs
 * beside the other tests, one class at a time (the lock).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Execution(ExecutionMode.CONCURRENT)
// its classes form one chain behind the lock: started early, the chain does not end the
// run alone
@Order(2)
@ResourceLock("bulletins-database")
@SpringBootTest(properties = "app.test.context=bulletins")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, BulletinTest.FixedClock.class })
public @interface BulletinTest {

	/** 2020-12-05T10:00+08:00. */
	Instant NOW = Instant.parse("2020-12-05T02:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	class FixedClock {

		@Bean
		@Primary
		Today fixedClock() {
			return new Today();
		}

	}

	/**
	 * The application's clock in these tests: {@link #NOW} unless a test moves it, and
	 * back to {@link #NOW} when that test calls {@link #reset()}.
	 */
	final class Today extends Clock {

		private volatile Instant now = NOW;

		/** Moves the application's clock to {@code instant}. */
		public void moveTo(Instant instant) {
			this.now = instant;
		}

		/** Back to {@link #NOW}. */
		public void reset() {
			this.now = NOW;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
