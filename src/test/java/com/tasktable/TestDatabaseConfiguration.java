package com.tasktable;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives each Spring test context its own fresh database on the run's one PostgreSQL
 * server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	DataSource dataSource() {
		return TestDatabase.newDatabase();
	}

}
