package com.tasktable.campaigns;

import java.util.List;
import java.util.UUID;

import com.tasktable.platform.Violation;

/**
 * A task table import run as a background job ({@link ImportJobs}), as its row
 * {@code import_job} says now, whichever instance runs it.
 *
 * @param id the job's id, in the page's polling address
 * @param campaignCode the campaign imported into
 * @param status where it stands
 * @param doneLines the lines applied so far
 * @param total the lines of the file, 0 until it is read
 * @param result what changed, once {@link Status#DONE}
 * @param problems why nothing changed, once {@link Status#FAILED}: the file's problems,
 * or one that says the import failed unexpectedly
 */
public record ImportJob(UUID id, String campaignCode, Status status, int doneLines, int total,
		ImportedObligation.Result result, List<Violation> problems) {

	public ImportJob {
		problems = List.copyOf(problems);
	}

	/** Where an import job stands. */
	public enum Status {

		/** Scheduled; no instance has taken it yet. */
		WAITING,

		/** An instance is checking or applying it. */
		RUNNING,

		/** Applied; see the result. */
		DONE,

		/** Nothing changed; see the problems. */
		FAILED

	}

	public boolean finished() {
		return this.status == Status.DONE || this.status == Status.FAILED;
	}

	public boolean waiting() {
		return this.status == Status.WAITING;
	}

	public int percent() {
		return (this.total == 0) ? 0 : Math.min(100, this.doneLines * 100 / this.total);
	}

}
