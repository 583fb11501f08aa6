package com.tasktable.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per address, in memory.
 * <p>
 * After 5 failed sign-ins in a row an account is refused for one minute, then two, four…
 * at most 15: long enough to make guessing useless, short enough that an attacker cannot
 * keep a real person out for long. Attempts while refused are not checked and do not
 * count, so hammering does not extend the pause. An address gets 20 failures, over any
 * accounts, before it is refused, with the same doubling up to an hour: that is what
 * stops one machine trying many accounts. A success clears the account's count; failures
 * are forgotten after an hour without one. The numbers are
 * {@link LoginThrottleProperties} ({@code app.login-throttle.*}).
 */
@Component
class LoginThrottle {

	private static final int MAX_ENTRIES = 100_000;

	private final Map<String, Counter> users = new ConcurrentHashMap<>();

	private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

	private final Clock clock;

	private final LoginThrottleProperties settings;

	@Autowired
	LoginThrottle(Clock clock, LoginThrottleProperties settings) {
		this.clock = clock;
		this.settings = settings;
	}

	LoginThrottle(Clock clock) {
		this(clock, LoginThrottleProperties.DEFAULTS);
	}

	LoginThrottleProperties settings() {
		return this.settings;
	}

	/**
	 * Until when sign-ins for this account or from this address are refused, or null when
	 * they are allowed.
	 */
	Instant blockedUntil(String username, String address) {
		var now = Instant.now(this.clock);
		var user = until(this.users.get(key(username)), now);
		var from = until(this.addresses.get(String.valueOf(address)), now);
		if (user == null) {
			return from;
		}
		return (from == null || user.isAfter(from)) ? user : from;
	}

	void failed(String username, String address) {
		var now = Instant.now(this.clock);
		if (this.users.size() + this.addresses.size() > MAX_ENTRIES) {
			forgetStale(now);
		}
		this.users.compute(key(username),
				(k, c) -> next(c, now, this.settings.userFailures(), this.settings.maxUserPause()));
		this.addresses.compute(String.valueOf(address),
				(k, c) -> next(c, now, this.settings.addressFailures(), this.settings.maxAddressPause()));
	}

	void succeeded(String username) {
		this.users.remove(key(username));
	}

	/** An administrator unlocked the account. */
	void clear(String username) {
		this.users.remove(key(username));
	}

	private Counter next(Counter counter, Instant now, int allowed, Duration max) {
		var current = (counter == null || counter.last.plus(this.settings.forgetAfter()).isBefore(now))
				? new Counter(0, 0, now, null) : counter;
		int failures = current.failures + 1;
		if (failures < allowed) {
			return new Counter(failures, current.locks, now, current.until);
		}
		var pause = this.settings.firstPause().multipliedBy(1L << Math.min(current.locks, 20));
		if (pause.compareTo(max) > 0) {
			pause = max;
		}
		return new Counter(0, current.locks + 1, now, now.plus(pause));
	}

	private static Instant until(Counter counter, Instant now) {
		return (counter != null && counter.until != null && counter.until.isAfter(now)) ? counter.until : null;
	}

	private void forgetStale(Instant now) {
		this.users.values().removeIf(c -> c.last.plus(this.settings.forgetAfter()).isBefore(now));
		this.addresses.values().removeIf(c -> c.last.plus(this.settings.forgetAfter()).isBefore(now));
	}

	private static String key(String username) {
		return String.valueOf(username).trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Failures since the last pause, pauses so far (for the doubling), the last failure
	 * and the end of the current pause.
	 */
	private record Counter(int failures, int locks, Instant last, Instant until) {
	}

}
