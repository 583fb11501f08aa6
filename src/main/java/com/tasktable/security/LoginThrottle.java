package com.tasktable.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per address, in the database
 * ({@code login_throttle}), so every instance behind the load balancer counts the same
 * failures and honours the same pauses.
 * <p>
 * After 5 failed sign-ins in a row an account is refused for one minute, then two, four…
 * at most 15: long enough to make guessing useless, short enough that an attacker cannot
 * keep a real person out for long. Attempts while refused are not checked and do not
 * count, so hammering does not extend the pause. An address gets 20 failures, over any
 * accounts, before it is refused, with the same doubling up to an hour: that is what
 * stops one machine trying many accounts. A paused address still lets in an account that
 * signed in successfully from it in the last 30 days (the office behind one NAT or proxy
 * address goes on working while a stranger's guesses pause it; each account keeps its own
 * pause). A success clears the account's count and remembers its address; failures are
 * forgotten after an hour without one. The numbers are {@link LoginThrottleProperties}
 * ({@code app.login-throttle.*}).
 * <p>
 * A failure is counted by one {@code UPDATE} that computes the new row from the row as it
 * is (PostgreSQL re-reads a row another instance changed meanwhile), so concurrent
 * failures on several instances are all counted. Times come from the application's clock.
 */
@Component
class LoginThrottle {

	private static final String ACCOUNT = "U";

	private static final String ADDRESS = "A";

	/**
	 * The row as the rules see it: failures older than the forgetting time count as none.
	 */
	private static final String STALE = "(last_failure + :forget_ms * interval '1 millisecond' < :now)";

	private static final String FAILURES = "(case when " + STALE + " then 0 else failures end)";

	private static final String PAUSES = "(case when " + STALE + " then 0 else pauses end)";

	private static final String UNTIL = "(case when " + STALE + " then null else paused_until end)";

	private static final String REACHED = "(" + FAILURES + " + 1 >= :allowed)";

	private static final String FAIL = "update login_throttle set " //
			+ "failures = case when " + REACHED + " then 0 else " + FAILURES + " + 1 end, " //
			+ "pauses = case when " + REACHED + " then " + PAUSES + " + 1 else " + PAUSES + " end, " //
			+ "paused_until = case when " + REACHED + " then :now + least(:first_ms * (1::bigint << least(" + PAUSES
			+ ", 20)), :max_ms) * interval '1 millisecond' else " + UNTIL + " end, " //
			+ "last_failure = :now where kind = :kind and key = :key";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final LoginThrottleProperties settings;

	LoginThrottle(NamedParameterJdbcTemplate jdbc, Clock clock, LoginThrottleProperties settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	LoginThrottleProperties settings() {
		return this.settings;
	}

	/**
	 * Until when sign-ins for this account or from this address are refused, or null when
	 * they are allowed.
	 */
	Instant blockedUntil(String username, String address) {
		var until = this.jdbc.queryForObject("""
				select max(paused_until) from login_throttle
				where paused_until > :now and ((kind = 'U' and key = :user) or (kind = 'A' and key = :address
				  and not exists (select 1 from login_known_address known where known.username = :user
				    and known.address = :address
				    and known.last_success > :now - :known_ms * interval '1 millisecond')))""",
				new MapSqlParameterSource("user", key(username)).addValue("address", String.valueOf(address))
					.addValue("now", now())
					.addValue("known_ms", this.settings.knownAddressFor().toMillis()),
				OffsetDateTime.class);
		return (until != null) ? until.toInstant() : null;
	}

	void failed(String username, String address) {
		var now = now();
		count(ACCOUNT, key(username), now, this.settings.userFailures(), this.settings.maxUserPause().toMillis());
		count(ADDRESS, String.valueOf(address), now, this.settings.addressFailures(),
				this.settings.maxAddressPause().toMillis());
		// rows nobody failed from for the forgetting time and no longer paused: the table
		// stays as small as the recent failures
		this.jdbc.update("""
				delete from login_throttle where last_failure < :now - :forget_ms * interval '1 millisecond'
				and (paused_until is null or paused_until <= :now)""", forget(now));
	}

	/**
	 * A correct password: the account's failures are cleared and the address is
	 * remembered as one it signs in from (none without an address, as for the API).
	 */
	void succeeded(String username, String address) {
		clear(username);
		if (address == null) {
			return;
		}
		var now = now();
		this.jdbc.update("""
				insert into login_known_address (username, address, last_success) values (:user, :address, :now)
				on conflict (username, address) do update set last_success = excluded.last_success""",
				new MapSqlParameterSource("user", key(username)).addValue("address", address(address))
					.addValue("now", now));
		this.jdbc.update(
				"delete from login_known_address where last_success < :now - :known_ms * interval '1 millisecond'",
				new MapSqlParameterSource("now", now).addValue("known_ms", this.settings.knownAddressFor().toMillis()));
	}

	/**
	 * An administrator unlocked the account: on every instance, since the row is shared.
	 */
	void clear(String username) {
		this.jdbc.update("delete from login_throttle where kind = 'U' and key = :key",
				new MapSqlParameterSource("key", key(username)));
	}

	private void count(String kind, String key, OffsetDateTime now, int allowed, long maxMillis) {
		var parameters = forget(now).addValue("kind", kind)
			.addValue("key", key)
			.addValue("allowed", allowed)
			.addValue("first_ms", this.settings.firstPause().toMillis())
			.addValue("max_ms", maxMillis);
		this.jdbc.update("""
				insert into login_throttle (kind, key, last_failure) values (:kind, :key, :now)
				on conflict (kind, key) do nothing""", parameters);
		this.jdbc.update(FAIL, parameters);
	}

	private MapSqlParameterSource forget(OffsetDateTime now) {
		return new MapSqlParameterSource("now", now).addValue("forget_ms", this.settings.forgetAfter().toMillis());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static String address(String address) {
		return (address.length() > 64) ? address.substring(0, 64) : address;
	}

	private static String key(String username) {
		var key = String.valueOf(username).trim().toLowerCase(Locale.ROOT);
		return (key.length() > 200) ? key.substring(0, 200) : key;
	}

}
