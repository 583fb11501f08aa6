package com.tasktable.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.tasktable.audit.AuditLog;
import com.tasktable.platform.JobSchedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets submission keys ({@code form_submission}) older than
 * {@code app.jobs.submission-keys-kept} (30 days): a form or an API client retries within
 * minutes, and the table would otherwise grow with every record. A key forgotten is a key
 * never seen, so a resend after that long stores a new record. Runs once per due time
 * across all instances (a db-scheduler recurring task) and records the run in the audit
 * log ({@code SUBMISSION_KEYS_PURGED}, with its due time and instance).
 */
@Component
class SubmissionKeyPurge {

	static final String TASK = "submission-key-purge";

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration kept;

	SubmissionKeyPurge(JdbcTemplate jdbc, AuditLog audit, Clock clock,
			@Value("${app.jobs.submission-keys-kept:30d}") Duration kept) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.kept = kept;
	}

	@Transactional
	int run(Instant dueAt, String instance) {
		var before = OffsetDateTime.ofInstant(this.clock.instant().minus(this.kept), ZoneOffset.UTC);
		int deleted = this.jdbc.update("delete from form_submission where created_at < ?", before);
		this.audit.record("system", null, "SUBMISSION_KEYS_PURGED", "form_submission", null,
				Map.of("deleted", deleted, "dueAt", dueAt.toString(), "instance", String.valueOf(instance)));
		return deleted;
	}

	@Configuration(proxyBeanMethods = false)
	static class Task {

		@Bean
		RecurringTask<Void> submissionKeyPurgeTask(SubmissionKeyPurge purge,
				@Value("${app.jobs.housekeeping-schedule:DAILY|03:00|Asia/Shanghai}") String schedule) {
			return Tasks.recurring(TASK, JobSchedules.parse(schedule))
				.execute((instance, context) -> purge.run(context.getExecution().executionTime,
						context.getExecution().pickedBy));
		}

	}

}
