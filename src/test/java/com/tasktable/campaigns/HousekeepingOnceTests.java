package com.tasktable.campaigns;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.tasktable.AdministrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recurring job runs once per due time however many instances poll: here the
 * application's scheduler and a second one on the same database (as a second instance
 * would have) both see the import cleanup due, and the audit log holds one run of it.
 */
@AdministrationTest
class HousekeepingOnceTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	@Qualifier("importJobCleanupTask")
	RecurringTask<Void> cleanup;

	@Test
	void aDueRecurringJobRunsOnceAcrossTwoSchedulersAndIsAuditedOnce() throws Exception {
		this.jdbc.update("""
				insert into import_job (id, campaign_code, started_by, status, created_at, finished_at)
				select gen_random_uuid(), 'guangxi-2018-2020', id, 'DONE', now() - interval '8 days',
				now() - interval '8 days' from app_user where username = 'admin'""");
		var due = this.jdbc.queryForObject("""
				update scheduled_tasks set execution_time = date_trunc('milliseconds', now()) - interval '1 second'
				where task_name = ? returning execution_time""", Timestamp.class, ImportJobTasks.CLEANUP).toInstant();
		List<Task<?>> tasks = List.of(this.cleanup);
		var second = Scheduler.create(this.dataSource, tasks)
			.schedulerName(new SchedulerName.Fixed("second-instance"))
			.pollingInterval(Duration.ofMillis(50))
			.threads(2)
			.build();
		second.start();
		try {
			var deadline = Instant.now().plus(Duration.ofSeconds(20));
			while (runsDueAt(due) == 0 && Instant.now().isBefore(deadline)) {
				Thread.sleep(50);
			}
			// both schedulers poll several times more
			Thread.sleep(1500);
		}
		finally {
			second.stop();
		}
		assertThat(runsDueAt(due)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from import_job where created_at < now() - interval '7 days'", Integer.class))
			.isZero();
		assertThat(this.jdbc
			.queryForObject("select execution_time from scheduled_tasks where task_name = ?", Timestamp.class,
					ImportJobTasks.CLEANUP)
			.toInstant()).as("the next run is due later").isAfter(Instant.now());
	}

	private int runsDueAt(Instant due) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'IMPORT_JOBS_CLEANED' and details ->> 'dueAt' = ?",
				Integer.class, due.toString());
	}

}
