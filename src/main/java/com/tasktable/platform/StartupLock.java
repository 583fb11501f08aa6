package com.tasktable.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time work at start (the demo data, the first administrator) done by one instance at
 * a time. The work runs in a transaction that first takes a PostgreSQL advisory lock, one
 * for every instance on the database ({@code pg_advisory_xact_lock}), held until the
 * transaction ends: two instances starting together on an empty database take turns, and
 * the second, checking inside the lock whether the work is done, finds it done. The lock
 * ends with the transaction, so a crashed instance cannot leave it held.
 */
@Component
public class StartupLock {

	/** The advisory lock's key: "tasktabl" in ASCII, a number nothing else uses. */
	static final long KEY = 0x7461736b7461626cL;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	StartupLock(TransactionTemplate transaction, JdbcTemplate jdbc) {
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	/**
	 * Runs {@code work} in a new transaction once no other instance's start-up work is
	 * running; {@code work} checks first whether it is still to be done.
	 */
	public <T> T holding(TransactionCallback<T> work) {
		return this.transaction.execute((status) -> {
			this.jdbc.execute("select pg_advisory_xact_lock(" + KEY + ")");
			return work.doInTransaction(status);
		});
	}

}
