package com.tasktable.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached" (503), and which do not. */
class DatabaseUnavailableTests {

	@Test
	void noConnectionInAnyOfItsShapesIsAnOutage() {
		var poolTimeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 5000ms.");
		assertThat(DatabaseUnavailable.isCause(poolTimeout)).isTrue();
		assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("no EntityManager", poolTimeout)))
			.isTrue();
		assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection"))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("08006"))).isTrue();
		var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
		assertThat(DatabaseUnavailable.isCause(new JDBCConnectionException("could not prepare", refused))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new RuntimeException(new IllegalStateException(refused)))).isTrue();
	}

	@Test
	void aServerShuttingDownOrStartingIsAnOutage() {
		for (var state : new String[] { "57P01", "57P02", "57P03", "08003", "08006" }) {
			var cause = new SQLException("terminating connection", state);
			assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("select", "select 1", cause)))
				.as(state)
				.isTrue();
			assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("commit failed", cause))).as(state)
				.isTrue();
		}
	}

	/**
	 * Seen in perf/fault/restart-postgres.sh: the statement failed on a lost connection
	 * (08006), the pool closed it, and the rollback's failure replaced the first
	 * exception.
	 */
	@Test
	void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
		var rollback = new JpaSystemException(new org.hibernate.TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();
		assertThat(DatabaseUnavailable.isCause(new JpaSystemException(
				new org.hibernate.TransactionException("Unable to commit against JDBC Connection",
						new SQLException("could not serialize access due to concurrent update", "40001")))))
			.isFalse();
	}

	@Test
	void faultsOfTheRequestOrOfTheCodeAreNot() {
		assertThat(DatabaseUnavailable.isCause(null)).isFalse();
		assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailable.isCause(new ObjectOptimisticLockingFailureException("Record", 1L))).isFalse();
		assertThat(DatabaseUnavailable.isCause(new QueryTimeoutException("canceled",
				new SQLException("canceling statement due to statement timeout", "57014"))))
			.isFalse();
		assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("select", "select x",
				new SQLException("column x does not exist", "42703"))))
			.isFalse();
		assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void aCycleOfCausesEnds() {
		var first = new RuntimeException("first");
		var second = new RuntimeException("second", first);
		first.initCause(second);
		assertThat(DatabaseUnavailable.isCause(first)).isFalse();
	}

}
