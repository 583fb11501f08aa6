package com.tasktable.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How {@link LoginThrottle} slows down password guessing.
 *
 * @param userFailures failures in a row that pause an account
 * @param addressFailures failures, over any accounts, that pause an address
 * @param firstPause the first pause; each next one doubles
 * @param maxUserPause the longest an account is paused, so an attacker cannot keep a
 * person out for long
 * @param maxAddressPause the longest an address is paused
 * @param forgetAfter failures are forgotten after this long without one
 * @param knownAddressFor how long an account may still sign in from a paused address
 * after its last successful sign-in from it
 */
@ConfigurationProperties("app.login-throttle")
record LoginThrottleProperties(@DefaultValue("5") int userFailures, @DefaultValue("20") int addressFailures,
		@DefaultValue("1m") Duration firstPause, @DefaultValue("15m") Duration maxUserPause,
		@DefaultValue("1h") Duration maxAddressPause, @DefaultValue("1h") Duration forgetAfter,
		@DefaultValue("30d") Duration knownAddressFor) {

	static final LoginThrottleProperties DEFAULTS = new LoginThrottleProperties(5, 20, Duration.ofMinutes(1),
			Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(1), Duration.ofDays(30));

}
