package com.tasktable.platform;

import com.tasktable.IntegrationTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway owns the schema and runs on the test server; Hibernate only validates it. */
@IntegrationTest
class MigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationRanSuccessfullyOnPostgresql17() {
		assertThat(this.jdbc.queryForList(
				"select version from flyway_schema_history where success order by installed_rank", String.class))
			.startsWith("1", "2");
		assertThat(
				this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		if (System.getenv("TEST_DATABASE_URL") == null) {
			assertThat(this.jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
		}
	}

	@Test
	void theSchemaRefusesInconsistentObligations() {
		var obligation = this.jdbc.queryForObject("select id from obligation where code = '1.C.1' limit 1", Long.class);
		Assertions.assertThatThrownBy(() -> this.jdbc.update("""
				insert into obligation_version (obligation_id, valid_from, title, text, kind, frequency, min_count)
				values (?, date '2030-01-01', 't', 't', 'COUNT_PER_PERIOD', null, 1)""", obligation))
			.isInstanceOf(DataIntegrityViolationException.class);
		Assertions
			.assertThatThrownBy(() -> this.jdbc.update("""
					insert into obligation_version (obligation_id, valid_from, title, text, kind, frequency, min_count,
					    score_mode)
					values (?, date '2030-01-01', 't', 't', 'COUNT_PER_PERIOD', 'MONTH', 1, 'ALL_OR_NOTHING')""",
					obligation))
			.as("a score mode only for yearly targets")
			.isInstanceOf(DataIntegrityViolationException.class);
		Assertions.assertThatThrownBy(() -> this.jdbc.update("""
				insert into obligation_version (obligation_id, valid_from, title, text, kind, yearly_target)
				values (?, date '2030-01-01', 't', 't', 'COUNT_PER_YEAR', 6)""", obligation))
			.as("a yearly target always has one")
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
