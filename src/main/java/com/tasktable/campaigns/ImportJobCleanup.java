package com.tasktable.campaigns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.tasktable.audit.AuditLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes import jobs (their rows and any file left) older than
 * {@code app.jobs.imports-kept} (7 days), once per run of the recurring task across all
 * instances, and records the run in the audit log ({@code IMPORT_JOBS_CLEANED}, with the
 * run's due time and the instance that ran it): two entries with the same due time would
 * mean a run went twice.
 */
@Component
class ImportJobCleanup {

	private final ImportJobRows rows;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration kept;

	ImportJobCleanup(ImportJobRows rows, AuditLog audit, Clock clock,
			@Value("${app.jobs.imports-kept:7d}") Duration kept) {
		this.rows = rows;
		this.audit = audit;
		this.clock = clock;
		this.kept = kept;
	}

	@Transactional
	int run(Instant dueAt, String instance) {
		int deleted = this.rows.deleteCreatedBefore(this.clock.instant().minus(this.kept));
		this.audit.record("system", null, "IMPORT_JOBS_CLEANED", "import_job", null,
				Map.of("deleted", deleted, "dueAt", dueAt.toString(), "instance", String.valueOf(instance)));
		return deleted;
	}

}
