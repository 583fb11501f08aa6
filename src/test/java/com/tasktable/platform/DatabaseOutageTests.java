package com.tasktable.platform;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import com.tasktable.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A real outage of this context's database, for a few hundred milliseconds: PostgreSQL
 * refuses new sessions on it ({@code ALLOW_CONNECTIONS false}) and ends the pool's
 * sessions (57P01), the pool waits 250 ms for a connection instead of its usual seconds.
 * Pages answer the friendly 503 page or panel (their session, in the database, cannot be
 * read: {@link DatabaseUnavailableFilter}), the API a 503 problem with
 * {@code Retry-After}, the login form says "try again" (not "wrong password", and no 500
 * from the sign-in throttle or from auditing the failure); once the database takes
 * sessions again, the same pool serves the next request, in the session signed in before.
 * The {@code @IntegrationTest} classes run one at a time, so no other class sees the
 * outage. {@code perf/fault/restart-postgres.sh} restarts the whole server under load.
 */
@IntegrationTest
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void whileTheDatabaseIsDownEveryoneIsAskedToTryAgainAndAfterwardsItWorksWithoutARestart() throws Exception {
		var reporter = signIn(this.mvc, "nanning");
		var pool = this.dataSource.unwrap(HikariDataSource.class);
		var database = this.jdbc.queryForObject("select current_database()", String.class);
		var timeout = pool.getConnectionTimeout();
		connectionTimeout(pool, 250);
		onServer(pool, "alter database " + database + " allow_connections false");
		try {
			onServer(pool, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
			pool.getHikariPoolMXBean().softEvictConnections();
			whileDown(reporter);
		}
		finally {
			onServer(pool, "alter database " + database + " allow_connections true");
			connectionTimeout(pool, timeout);
		}
		// the session signed in before the outage is still there: no new sign-in
		var back = System.nanoTime();
		while (this.mvc.perform(get("/records").session(reporter)).andReturn().getResponse().getStatus() != 200) {
			assertThat(Duration.ofNanos(System.nanoTime() - back)).as("recovered").isLessThan(Duration.ofSeconds(15));
			Thread.sleep(100);
		}
		this.mvc.perform(get("/api/v1/units").with(httpBasic("nanning", "demo"))).andExpect(status().isOk());
		this.mvc.perform(get("/login").param("unavailable", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message("login.unavailable", Locale.SIMPLIFIED_CHINESE))));
	}

	private void whileDown(MockHttpSession reporter) throws Exception {
		var title = message("error.503.title", Locale.SIMPLIFIED_CHINESE);
		this.mvc.perform(get("/records").session(reporter))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS))
			.andExpect(content().string(allOf(containsString("<title>" + title + "</title>"),
					containsString(message("error.503.text", Locale.SIMPLIFIED_CHINESE)),
					not(containsString("Exception")))));
		this.mvc.perform(get("/records").session(reporter).header("HX-Request", "true"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("HX-Retarget", "#htmx-alert"))
			.andExpect(content().string(allOf(containsString(title), not(containsString("<html")))));
		this.mvc.perform(get("/api/v1/units").with(httpBasic("nanning", "demo")).header("Accept-Language", "en"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.title").value(message("error.503.title", Locale.ENGLISH)));
		this.mvc.perform(formLogin().user("nanning").password("demo")).andExpect(redirectedUrl("/login?unavailable"));
		// the login page's CSRF token would need a session in the database: the 503 page
		this.mvc.perform(get("/login").param("unavailable", ""))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString(title)));
	}

	/**
	 * The pool reads its configuration's timeout only in its housekeeping, every 30 s:
	 * set both, so the outage is noticed at once and the housekeeper keeps the value.
	 */
	private static void connectionTimeout(HikariDataSource pool, long millis) throws ReflectiveOperationException {
		pool.getHikariConfigMXBean().setConnectionTimeout(millis);
		var field = pool.getHikariPoolMXBean().getClass().getSuperclass().getDeclaredField("connectionTimeout");
		field.setAccessible(true);
		field.setLong(pool.getHikariPoolMXBean(), millis);
	}

	/**
	 * From the server's maintenance database: this one cannot refuse its own sessions,
	 * nor take a session while it refuses them.
	 */
	private static void onServer(HikariDataSource pool, String sql) throws Exception {
		var url = pool.getJdbcUrl();
		int query = url.indexOf('?');
		var base = (query < 0) ? url : url.substring(0, query);
		var maintenance = base.substring(0, base.lastIndexOf('/') + 1) + "postgres"
				+ ((query < 0) ? "" : url.substring(query));
		try (var connection = DriverManager.getConnection(maintenance, pool.getUsername(), pool.getPassword());
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
