package com.tasktable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of a test run: started once per JVM, whatever the number of
 * Spring contexts, each of which gets a fresh database on it (so contexts never see each
 * other's data). A context that loads the demo leaves a copy of its database, taken as
 * soon as it has started, as the template of the next ones with the same demo
 * ({@link TestDatabaseConfiguration}).
 * <ul>
 * <li>{@code TEST_DATABASE_URL} set: a server of your own; the run's databases are
 * dropped when it ends;</li>
 * <li>{@code TEST_DATABASE=testcontainers} and a Docker engine: PostgreSQL 17 in a
 * container;</li>
 * <li>otherwise: embedded PostgreSQL 17 (zonky) in a temporary directory.</li>
 * </ul>
 */
public final class TestDatabase {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

	private static Server server;

	private static final Map<String, Integer> VERSIONS = new ConcurrentHashMap<>();

	private TestDatabase() {
	}

	/** A new, empty database on the run's server. */
	public static HikariDataSource newDatabase() {
		return newDatabase(null);
	}

	/**
	 * A new database on the run's server: a copy of the template kept under {@code key}
	 * when there is one ({@link #keepAsTemplate}), else empty.
	 * @param key what the database's content depends on, or {@code null} for an empty one
	 */
	public static synchronized HikariDataSource newDatabase(String key) {
		var srv = server();
		var name = "tt_test_%d_%d".formatted(ProcessHandle.current().pid(), COUNTER.incrementAndGet());
		var template = (key != null) ? TEMPLATES.get(key) : null;
		execute(srv, "create database " + name + ((template != null) ? copyOf(srv, template) : ""));
		CREATED.add(name);
		var config = new HikariConfig();
		config.setJdbcUrl(srv.urlFor(name));
		config.setUsername(srv.user());
		config.setPassword(srv.password());
		config.setMaximumPoolSize(8);
		config.setPoolName(name);
		config.setAllowPoolSuspension(true);
		// As the application's pools: a JDBC batch of inserts is sent as multi-row
		// inserts
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

	/** Whether a template is kept under {@code key}. */
	public static synchronized boolean hasTemplate(String key) {
		return TEMPLATES.containsKey(key);
	}

	/**
	 * Keeps a copy of {@code database} as the template of {@code key}, for the next
	 * contexts whose content would be the same: PostgreSQL copies a database file by file
	 * in well under a second, where Flyway and the demo take many. The copy needs no
	 * other session on the source, so the pool is suspended and emptied meanwhile.
	 */
	public static synchronized void keepAsTemplate(String key, HikariDataSource database) {
		if (TEMPLATES.containsKey(key)) {
			return;
		}
		var pool = database.getHikariPoolMXBean();
		pool.suspendPool();
		try {
			pool.softEvictConnections();
			long deadline = System.nanoTime() + 5_000_000_000L;
			while (pool.getTotalConnections() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
				pool.softEvictConnections();
			}
			if (pool.getTotalConnections() > 0) {
				return;
			}
			var source = database.getPoolName();
			var template = source + "_template";
			execute(server(), "create database " + template + copyOf(server(), source));
			CREATED.add(template);
			TEMPLATES.put(key, template);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IllegalStateException ex) {
			System.err.println("Could not keep a template database: " + ex.getMessage());
		}
		finally {
			pool.resumePool();
		}
	}

	private static synchronized Server server() {
		if (server == null) {
			server = start();
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "test-database-stop"));
		}
		return server;
	}

	private static Server start() {
		var url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return new Server(url, System.getenv().getOrDefault("TEST_DATABASE_USER", ""),
					System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""), null);
		}
		if ("testcontainers".equalsIgnoreCase(System.getenv("TEST_DATABASE"))
				&& DockerClientFactory.instance().isDockerAvailable()) {
			var container = new PostgreSQLContainer("postgres:17");
			container.start();
			return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					container::stop);
		}
		try {
			// a server for tests only: nothing of it must survive a crash, so nothing is
			// flushed to disk (the copies of the demo's template and every commit are the
			// cheaper for it)
			var embedded = EmbeddedPostgres.builder()
				.setServerConfig("timezone", "UTC")
				.setServerConfig("fsync", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("synchronous_commit", "off")
				.start();
			return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", () -> {
				try {
					embedded.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL for the tests", ex);
		}
	}

	private static void stop() {
		if (server.onStop() == null) {
			for (var name : CREATED) {
				try {
					execute(server, "drop database if exists " + name + " with (force)");
				}
				catch (RuntimeException ex) {
					System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
				}
			}
		}
		else {
			server.onStop().run();
		}
	}

	/**
	 * The clause that copies {@code template}: file by file where the server can (from
	 * PostgreSQL 15 its default writes every page of the copy to the write-ahead log,
	 * which for the demo's database costs seconds; a file copy takes a checkpoint
	 * instead).
	 */
	private static String copyOf(Server srv, String template) {
		return " template " + template + ((srv.version() >= 150000) ? " strategy file_copy" : "");
	}

	private static void execute(Server srv, String sql) {
		try (var connection = DriverManager.getConnection(srv.url(), srv.user(), srv.password());
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test database: " + sql + " failed: " + ex.getMessage(), ex);
		}
	}

	private record Server(String url, String user, String password, Runnable onStop) {

		/** The server's {@code server_version_num}, asked once. */
		int version() {
			return VERSIONS.computeIfAbsent(this.url, (u) -> {
				try (var connection = DriverManager.getConnection(this.url, this.user, this.password);
						var statement = connection.createStatement();
						var result = statement.executeQuery("show server_version_num")) {
					result.next();
					return Integer.parseInt(result.getString(1));
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Test database: " + ex.getMessage(), ex);
				}
			});
		}

		/** The same server's URL with another database name, keeping any parameters. */
		String urlFor(String database) {
			int query = this.url.indexOf('?');
			var base = (query < 0) ? this.url : this.url.substring(0, query);
			var params = (query < 0) ? "" : this.url.substring(query);
			return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
		}

	}

}
