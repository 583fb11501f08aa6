package com.tasktable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Gives each Spring test context its own database on the run's one PostgreSQL server,
 * behind a proxy that counts the SQL statements of the current thread
 * ({@code QueryCountHolder}), for the tests that bound them.
 * <p>
 * A context with the demo starts from a copy of the database of the first context that
 * loaded the same demo (same source campaign, same day in Guangxi on the context's clock:
 * the demo is seeded, so it would write the same rows), instead of running the migrations
 * and the demo again. The copy is taken as that first context becomes ready, before any
 * test runs. Other contexts start from an empty database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/** The demo's campaigns read dates in this zone. */
	private static final ZoneId DEMO_ZONE = ZoneId.of("Asia/Shanghai");

	/** This context's database when it is the first with its demo, to be copied. */
	private HikariDataSource first;

	private String firstKey;

	@Bean
	DataSource dataSource(Environment environment, ObjectProvider<Clock> clock) {
		var key = demoKey(environment, clock.getIfAvailable());
		var database = TestDatabase.newDatabase(key);
		if (key != null && !TestDatabase.hasTemplate(key)) {
			this.first = database;
			this.firstKey = key;
		}
		return ProxyDataSourceBuilder.create(database).name("test").countQuery().build();
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> keepDemoAsTemplate() {
		return (event) -> {
			if (this.first != null && event.getApplicationContext().containsBean("demoDataLoader")) {
				TestDatabase.keepAsTemplate(this.firstKey, this.first);
			}
		};
	}

	/**
	 * MockMvc's mock sessions stand for the application's database sessions (a filter
	 * bean, so {@code @AutoConfigureMockMvc} adds it ahead of Spring Session's).
	 */
	@Bean
	MockMvcSessions mockMvcSessions() {
		return new MockMvcSessions();
	}

	/**
	 * What the demo writes depends on; {@code null} without the demo (or in a slice,
	 * which has no clock and loads no demo).
	 */
	private static String demoKey(Environment environment, Clock clock) {
		if (clock == null || !"true".equalsIgnoreCase(environment.getProperty("app.demo.enabled"))) {
			return null;
		}
		return "demo:%s:%s".formatted(environment.getProperty("app.demo.source-campaign", ""),
				LocalDate.ofInstant(clock.instant(), DEMO_ZONE));
	}

}
