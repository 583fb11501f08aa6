package com.tasktable.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 in-process when the environment names no database server, so that
 * a newcomer with only a JDK can run the application. With {@code SPRING_DATASOURCE_URL}
 * set this configuration stays out of the way and Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${app.database.embedded.enabled:true}")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
		try {
			var dataDirectory = properties.dataDirectory().toAbsolutePath();
			Files.createDirectories(dataDirectory);
			log.info("Starting embedded PostgreSQL with data in {} on port {}", dataDirectory, properties.port());
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(properties.port())
				.setServerConfig("timezone", "UTC")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPoolName("embedded");
		config.setMaximumPoolSize(10);
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

}
