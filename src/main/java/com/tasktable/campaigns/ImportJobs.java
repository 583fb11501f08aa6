package com.tasktable.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.tasktable.users.CurrentUser;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task table imports that run in the background while the page polls their progress, on
 * whichever instance takes them: starting one stores the file with a job row
 * ({@code import_job}) and schedules the job ({@code scheduled_tasks}) in one
 * transaction; the instance that runs it ({@link ImportJobRunner}) writes its progress
 * and outcome to the row, and a poll reads the row, wherever it lands. A job belongs to
 * the administrator who started it and runs with their roles and scope, so the import
 * checks them as for a request. Rows older than {@code app.jobs.imports-kept} are deleted
 * by {@link ImportJobCleanup}.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ImportJobs {

	static final String TASK = "task-table-import";

	private final EditableCampaigns editable;

	private final ImportJobRows rows;

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> task;

	private final Clock clock;

	ImportJobs(EditableCampaigns editable, ImportJobRows rows, SchedulerClient scheduler,
			@Qualifier("taskTableImportTask") OneTimeTask<Void> task, Clock clock) {
		this.editable = editable;
		this.rows = rows;
		this.scheduler = scheduler;
		this.task = task;
		this.clock = clock;
	}

	/**
	 * Stores the file and schedules its import into a campaign the user may change (else
	 * "not found"); the job exists only if this transaction commits.
	 */
	@Transactional
	public ImportJob start(CurrentUser user, String campaignCode, LocalDate appliesFrom, byte[] file) {
		this.editable.editableCampaign(user.scope(), campaignCode);
		var id = UUID.randomUUID();
		var now = this.clock.instant();
		this.rows.insert(id, campaignCode, user.id(), appliesFrom, file, now);
		// the scheduler runs on real time, not on the application clock (tests move that
		// one)
		this.scheduler.schedule(this.task.instance(id.toString()), Instant.now());
		return new ImportJob(id, campaignCode, ImportJob.Status.WAITING, 0, 0, null, List.of());
	}

	/** The user's job with this id, as it stands; anyone else's is "none". */
	@Transactional(readOnly = true)
	public Optional<ImportJob> find(CurrentUser user, UUID id) {
		return this.rows.find(id, user.id());
	}

}
