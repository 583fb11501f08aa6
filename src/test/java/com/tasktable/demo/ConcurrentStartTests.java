package com.tasktable.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.tasktable.TestDatabaseConfiguration;
import com.tasktable.campaigns.CampaignCloning;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.StartupLock;
import com.tasktable.units.Units;
import com.tasktable.users.BootstrapAdmins;
import com.tasktable.users.Users;
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
 * administrator's task, then each the demo's, at the same moment. The {@link StartupLock}
 * makes them take turns, and the second finds the work done: one administrator, one demo,
 * no error. The context starts with neither (demo off, no administrator configured), so
 * its database is empty until the test runs them; it is this class's alone.
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
	void twoInstancesStartingTogetherOnAnEmptyDatabaseDoTheOneTimeWorkOnce() throws Exception {
		assertThat(count("select count(*) from app_user")).isZero();

		together(() -> BootstrapAdmins.of(this.context, "Chief", "a-long-secret"));
		assertThat(this.jdbc.queryForList("select username from app_user", String.class)).containsExactly("chief");

		together(this::demoLoader);
		assertThat(count("select count(*) from app_user where username = 'admin'")).isOne();
		assertThat(count("select count(*) from audit_event where action = 'DEMO_DATA_SEEDED'")).isOne();
		assertThat(count("select count(*) from campaign")).as("the source and one live copy").isEqualTo(2);
		assertThat(count("select count(*) from activity_record")).isPositive();
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

	private ApplicationRunner demoLoader() {
		return new DemoDataLoader(new DemoProperties("true", null), "", this.context.getBean(Users.class),
				this.context.getBean(Units.class), this.context.getBean(Campaigns.class),
				this.context.getBean(CampaignCloning.class), this.context.getBean(DemoSeeder.class),
				this.context.getBean(StartupLock.class), this.context.getBean(Clock.class));
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
