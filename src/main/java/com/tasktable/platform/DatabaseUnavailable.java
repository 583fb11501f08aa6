package com.tasktable.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means that the database cannot be reached right now (stopped,
 * restarting, the network between), as opposed to a fault of the request or of the code.
 * Such a failure is answered 503 with {@code Retry-After} ("try again"), not 500: the
 * pool opens new connections by itself once the server is back.
 * <p>
 * Recognised anywhere in the chain of causes: Spring's
 * {@link DataAccessResourceFailureException} (its translation of SQLState classes 08, 53,
 * 57: no connection, out of resources, operator intervention; includes
 * {@code CannotGetJdbcConnectionException}), {@link CannotCreateTransactionException} (no
 * connection to begin a transaction with), Hibernate's {@link JDBCConnectionException},
 * the JDBC connection exceptions (the pool's timeout is a
 * {@link SQLTransientConnectionException}), and any {@link SQLException} of class 08 or
 * with PostgreSQL's 57P01 (admin shutdown), 57P02 (crash shutdown) or 57P03 (cannot
 * connect now, e.g. still starting), and the pool's own "Connection is closed" (no
 * SQLState): HikariCP closes a connection it found broken, so the rollback that follows a
 * lost connection fails with it, and Spring throws that failure in place of the first.
 * Anything else, a constraint violation or a lost optimistic lock for instance, is not a
 * database outage.
 */
public final class DatabaseUnavailable {

	/** Seconds a client is asked to wait before trying again. */
	public static final String RETRY_AFTER_SECONDS = "10";

	private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

	/** What HikariCP's proxy of a connection it has closed answers to every call. */
	private static final String POOL_CLOSED = "Connection is closed";

	private static final int MAX_DEPTH = 32;

	private DatabaseUnavailable() {
	}

	/**
	 * @param failure what was thrown, may be null
	 * @return whether it, or one of its causes, says the database cannot be reached
	 */
	public static boolean isCause(Throwable failure) {
		var current = failure;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (means(current)) {
				return true;
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return false;
	}

	private static boolean means(Throwable failure) {
		return failure instanceof DataAccessResourceFailureException
				|| failure instanceof CannotCreateTransactionException || failure instanceof JDBCConnectionException
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException
				|| (failure instanceof SQLException sql && (isConnectionState(sql.getSQLState())
						|| (sql.getSQLState() == null && POOL_CLOSED.equals(sql.getMessage()))));
	}

	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
	}

}
