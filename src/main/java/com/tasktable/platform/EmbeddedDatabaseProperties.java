package com.tasktable.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process PostgreSQL used when no {@code spring.datasource.url} is given.
 *
 * @param enabled whether to start it at all when no external database is configured
 * @param dataDirectory where its files live; kept between runs so demo data and user
 * edits survive a restart
 * @param port fixed port, so that a developer can connect with psql; 0 picks a free one
 */
@ConfigurationProperties("app.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("54329") int port) {
}
