package com.tasktable.campaigns;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.tasktable.platform.JobSchedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The campaigns module's background jobs (run by {@code platform.JobScheduling}): an
 * import, and the daily cleanup of old imports.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobTasks {

	static final String CLEANUP = "import-job-cleanup";

	/**
	 * One import, by its job's id. The runner writes any failure to the job's row; what
	 * escapes it (the database gone) is retried later by db-scheduler.
	 */
	@Bean
	OneTimeTask<Void> taskTableImportTask(ImportJobRunner runner) {
		return Tasks.oneTime(ImportJobs.TASK)
			.execute((instance, context) -> runner.run(UUID.fromString(instance.getId())));
	}

	@Bean
	RecurringTask<Void> importJobCleanupTask(ImportJobCleanup cleanup,
			@Value("${app.jobs.housekeeping-schedule:DAILY|03:00|Asia/Shanghai}") String schedule) {
		return Tasks.recurring(CLEANUP, JobSchedules.parse(schedule))
			.execute((instance, context) -> cleanup.run(context.getExecution().executionTime,
					context.getExecution().pickedBy));
	}

}
