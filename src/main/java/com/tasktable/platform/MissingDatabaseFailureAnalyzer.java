package com.tasktable.platform;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The application started with no database to use: no {@code spring.datasource.url} and
 * no embedded PostgreSQL (the packaged jar leaves it out; {@code ./mvnw spring-boot:run}
 * has it, see {@link EmbeddedDatabaseConfiguration}). Spring Boot's own analysis would
 * advise putting H2 on the classpath, which this application cannot use; this one comes
 * first and says in one line what to set. Registered in
 * {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingDatabaseFailureAnalyzer implements FailureAnalyzer {

	static final String DESCRIPTION = "No database to connect to: SPRING_DATASOURCE_URL is not set, "
			+ "and the embedded PostgreSQL is not in this build or is turned off.";

	static final String ACTION = "Set SPRING_DATASOURCE_URL=jdbc:postgresql://<host>:5432/<database> "
			+ "with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (PostgreSQL 17).";

	/** Spring Boot's failure to build a data source: a package-private class. */
	private static final String NO_DATA_SOURCE = "org.springframework.boot.jdbc.autoconfigure."
			+ "DataSourceProperties$DataSourceBeanCreationException";

	private final Environment environment;

	MissingDatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		if (this.environment != null && StringUtils.hasText(this.environment.getProperty("spring.datasource.url"))) {
			return null;
		}
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (NO_DATA_SOURCE.equals(cause.getClass().getName())) {
				return new FailureAnalysis(DESCRIPTION, ACTION, cause);
			}
		}
		return null;
	}

}
