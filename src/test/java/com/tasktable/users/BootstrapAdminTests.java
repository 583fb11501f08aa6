package com.tasktable.users;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.tasktable.TestDatabaseConfiguration;
import com.tasktable.platform.StartupLock;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without demo data, the first administrator comes from the environment, and two
 * instances starting together on the empty database create it once. The context starts
 * with neither demo nor administrator configured, so its start-up task only warns and the
 * database has no account; the test then runs the task of two instances at the same
 * moment, each configured as {@code APP_ADMIN_USERNAME=Chief} would configure it. The
 * {@link StartupLock} makes them take turns and the second finds the administrator there.
 * (The demo's race runs on two real instances in {@code TwoInstancesTests}.)
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(2) // long, beside the other lane: started early (docs/testing.md)
@ResourceLock("bootstrap-database")
@SpringBootTest(
		properties = { "app.demo.enabled=false", "app.bootstrap-admin.username=", "app.bootstrap-admin.password=" })
@Import(TestDatabaseConfiguration.class)
class BootstrapAdminTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void twoInstancesStartingTogetherCreateTheConfiguredAdministratorOnceAndNobodyElse() throws Exception {
		assertThat(count("select count(*) from app_user")).as("nothing configured: nobody").isZero();

		together(List.of(instance(), instance()));

		assertThat(this.jdbc.queryForList("select username from app_user", String.class)).containsExactly("chief");
		assertThat(this.jdbc.queryForList("select role from app_user_role", String.class)).containsExactly("ADMIN");
		var hash = this.jdbc.queryForObject("select password_hash from app_user", String.class);
		assertThat(this.passwordEncoder.matches("a-long-secret", hash)).isTrue();
		assertThat(this.passwordEncoder.matches("demo", hash)).isFalse();
		assertThat(count("select count(*) from activity_record")).isZero();
		assertThat(count("select count(*) from audit_event where action = 'USER_CREATED'")).isOne();
	}

	/** The first administrator's start-up task as one more instance would run it. */
	private BootstrapAdmin instance() {
		return new BootstrapAdmin(this.context.getBean(Users.class), this.context.getBean(Units.class),
				new BootstrapAdminProperties("Chief", "a-long-secret", null), this.context.getBean(StartupLock.class));
	}

	/**
	 * Runs the tasks at the same moment, each on its own thread; fails if either fails.
	 */
	private static void together(List<BootstrapAdmin> tasks) throws Exception {
		var start = new CyclicBarrier(tasks.size());
		var pool = Executors.newFixedThreadPool(tasks.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			for (var task : tasks) {
				running.add(pool.submit(() -> {
					start.await();
					task.run(new DefaultApplicationArguments());
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
