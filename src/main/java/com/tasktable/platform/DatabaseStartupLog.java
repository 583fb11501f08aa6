package com.tasktable.platform;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start which database the application is using, so that nobody writes to the
 * wrong one unknowingly.
 */
@Component
class DatabaseStartupLog {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartupLog.class);

	private final DataSource dataSource;

	DatabaseStartupLog(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logDatabase() {
		try (var connection = this.dataSource.getConnection()) {
			var meta = connection.getMetaData();
			log.info("Using database {} as {} ({} {})", withoutParameters(meta.getURL()), meta.getUserName(),
					meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
		}
		catch (SQLException ex) {
			log.warn("Could not read the database metadata: {}", ex.getMessage());
		}
	}

	/**
	 * URL parameters may carry a password; the host, port and database are what an
	 * operator needs to see.
	 */
	static String withoutParameters(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

}
