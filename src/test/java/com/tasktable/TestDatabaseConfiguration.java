package com.tasktable;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives each Spring test context its own fresh database on the run's one PostgreSQL
 * server, behind a proxy that counts the SQL statements of the current thread
 * ({@code QueryCountHolder}), for the tests that bound them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	DataSource dataSource() {
		return ProxyDataSourceBuilder.create(TestDatabase.newDatabase()).name("test").countQuery().build();
	}

}
