package com.tasktable.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.tasktable.TestDatabaseConfiguration;
import com.tasktable.platform.StartupLock;
import com.tasktable.users.BootstrapAdmins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances starting together on an empty database: each runs the first
 * administrator's task at the same moment. The {@link StartupLock} makes them take turns,
 * and the second finds the work done: one administrator, no error. The context starts
 * without one (demo off, no administrator configured), so its database has no account
 * until the test runs them; it is this class's alone. The demo's race is run by two real
 * instances in {@code TwoInstancesTests} (the demo creates the administrator there, so
 * this task has nothing to do).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("startup-database")
@SpringBootTest(
		properties = { "app.demo.enabled=false", "app.bootstrap-admin.username=", "app.bootstrap-admin.password=" })
@Import(TestDatabaseConfiguration.class)
class ConcurrentStartTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoInstancesStartingTogetherOnAnEmptyDatabaseCreateOneFirstAdministrator() throws Exception {
		assertThat(count("select count(*) from app_user")).isZero();

		together(() -> BootstrapAdmins.of(this.context, "Chief", "a-long-secret"));
		assertThat(this.jdbc.queryForList("select username from app_user", String.class)).containsExactly("chief");
		assertThat(count("select count(*) from audit_event where action = 'USER_CREATED'")).isOne();
	}

	/**
	 * Runs a start-up task of two instances (each its own runner) at the same moment, and
	 * fails if either fails.
	 */
	private static void together(Supplier<ApplicationRunner> instance) throws Exception {
		var runners = List.of(instance.get(), instance.get());
		var start = new CyclicBarrier(runners.size());
		var pool = Executors.newFixedThreadPool(runners.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			for (var runner : runners) {
				running.add(pool.submit(() -> {
					start.await();
					runner.run(new DefaultApplicationArguments());
					return null;
				}));
			}
			for (var done : running) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
