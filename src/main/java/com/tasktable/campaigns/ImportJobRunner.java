package com.tasktable.campaigns;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;
import com.tasktable.users.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job on this instance, as the administrator who started it (their roles
 * and scope as they are now: a starter no longer enabled or no longer an administrator
 * gets a failure). The import and the row's "done" commit together; a refused file or an
 * unexpected failure is written to the row (the latter also logged with its cause), so
 * the starter's page shows it and nothing is lost. Progress is written in transactions of
 * its own, so polls see it while the import's transaction is still open.
 */
@Component
class ImportJobRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

	private static final String FAILED = "admin.import.error.failed";

	private final ImportJobRows rows;

	private final TaskTableImports imports;

	private final Users users;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	ImportJobRunner(ImportJobRows rows, TaskTableImports imports, Users users, PlatformTransactionManager transactions,
			Clock clock) {
		this.rows = rows;
		this.imports = imports;
		this.users = users;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	void run(UUID id) {
		var work = this.ownTransaction.execute(status -> this.rows.start(id, this.clock.instant()));
		if (work == null || work.isEmpty()) {
			return;
		}
		var job = work.get();
		var starter = this.users.findById(job.startedBy()).filter(u -> u.hasRole(Role.ADMIN));
		if (starter.isEmpty()) {
			fail(id, List.of(ImportedObligation.problem(0, null, FAILED)), "the starter is no longer an administrator");
			return;
		}
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(contextOf(starter.get()));
		try {
			var user = starter.get();
			var progress = new RowProgress(id);
			this.transaction.executeWithoutResult(status -> {
				var result = this.imports.importFile(user.scope(), user.username(), job.campaignCode(),
						job.appliesFrom(), job.file(), progress);
				this.rows.done(id, result, this.clock.instant());
			});
		}
		catch (RejectedException ex) {
			fail(id, ex.violations(), null);
		}
		catch (RuntimeException ex) {
			log.error("Import job {} into {} failed", id, job.campaignCode(), ex);
			fail(id, List.of(ImportedObligation.problem(0, null, FAILED)), ex.toString());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void fail(UUID id, List<Violation> problems, String error) {
		this.ownTransaction.executeWithoutResult(status -> this.rows.failed(id, problems, error, this.clock.instant()));
	}

	private static SecurityContext contextOf(CurrentUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
				user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
		return context;
	}

	/** Writes how far the import got, about twenty times a file at most. */
	private final class RowProgress implements TaskTableImports.Progress {

		private final UUID id;

		private int total;

		private int written = -1;

		RowProgress(UUID id) {
			this.id = id;
		}

		@Override
		public void total(int lines) {
			this.total = lines;
			write(0);
		}

		@Override
		public void done(int lines) {
			if (lines == this.total || lines - this.written >= Math.max(1, this.total / 20)) {
				write(lines);
			}
		}

		private void write(int lines) {
			this.written = lines;
			ImportJobRunner.this.ownTransaction
				.executeWithoutResult(status -> ImportJobRunner.this.rows.progress(this.id, lines, this.total));
		}

	}

}
