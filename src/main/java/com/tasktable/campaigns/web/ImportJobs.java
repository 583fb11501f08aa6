package com.tasktable.campaigns.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.tasktable.campaigns.ImportedObligation;
import com.tasktable.campaigns.TaskTableImports;
import com.tasktable.platform.Violation;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Imports that run in the background while the page polls their progress. A job belongs
 * to the administrator who started it; it runs with their security context, so the
 * services check their role and scope as for any request. Finished jobs are forgotten
 * after {@value #KEPT} newer ones.
 */
@Component
class ImportJobs implements DisposableBean {

	private static final int KEPT = 50;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		var thread = new Thread(runnable, "task-table-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	/** Starts {@code work} for {@code owner}; it reports progress on the job it gets. */
	Job start(String owner, String campaignCode, Consumer<Job> work) {
		if (this.jobs.size() > KEPT) {
			this.jobs.values().removeIf(Job::finished);
		}
		var job = new Job(UUID.randomUUID(), owner, campaignCode);
		this.jobs.put(job.id, job);
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> {
			try {
				work.accept(job);
			}
			catch (RuntimeException ex) {
				job.finish(null, List.of(ImportedObligation.problem(0, null, "admin.import.error.failed")));
			}
		}));
		return job;
	}

	/** The owner's job with this id; anyone else's is "none". */
	Optional<Job> find(String owner, UUID id) {
		return Optional.ofNullable(this.jobs.get(id)).filter(j -> j.owner.equals(owner));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/** One import: how far it got, and its result or problems once finished. */
	static final class Job implements TaskTableImports.Progress {

		private final UUID id;

		private final String owner;

		private final String campaignCode;

		private final AtomicInteger done = new AtomicInteger();

		private volatile int total;

		private volatile boolean finished;

		private volatile ImportedObligation.Result result;

		private volatile List<Violation> problems = List.of();

		Job(UUID id, String owner, String campaignCode) {
			this.id = id;
			this.owner = owner;
			this.campaignCode = campaignCode;
		}

		@Override
		public void total(int total) {
			this.total = total;
		}

		@Override
		public void done(int lines) {
			this.done.set(lines);
		}

		void finish(ImportedObligation.Result result, List<Violation> problems) {
			this.result = result;
			this.problems = List.copyOf(problems);
			this.done.set(this.total);
			this.finished = true;
		}

		public UUID id() {
			return this.id;
		}

		public String campaignCode() {
			return this.campaignCode;
		}

		public boolean finished() {
			return this.finished;
		}

		public int percent() {
			return (this.total == 0) ? 0 : Math.min(100, this.done.get() * 100 / this.total);
		}

		public int doneLines() {
			return this.done.get();
		}

		public int total() {
			return this.total;
		}

		ImportedObligation.Result result() {
			return this.result;
		}

		List<Violation> problems() {
			return this.problems;
		}

	}

}
