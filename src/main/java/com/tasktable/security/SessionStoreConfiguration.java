package com.tasktable.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The sessions' table in PostgreSQL (Spring Session JDBC, set up by Spring Boot from
 * {@code spring.session.*}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Two requests of one session at once (a form sent twice, on one instance or two) may
	 * both add the same attribute, a flash message say: the second write replaces the
	 * first ({@code ON CONFLICT DO UPDATE}) instead of failing on the primary key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
