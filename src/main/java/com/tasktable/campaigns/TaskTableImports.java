package com.tasktable.campaigns;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a task table workbook into a campaign, all or nothing, in two steps. The check
 * reads the file ({@link TaskTableSheetReader}: each cell on its own) and checks what the
 * lines mean together ({@link ImportChecks}), writing nothing; every problem is reported
 * with its line ({@link ImportedObligation#lineOf}). Only a file without one is applied
 * ({@link ImportApplication}), in one transaction: rows by number, obligations by code, a
 * new version from {@code appliesFrom} where the terms differ. Weights must add up to 100
 * per level.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class TaskTableImports {

	private final EditableCampaigns editable;

	private final AdministeredEntities administered;

	private final ObligationRepository obligations;

	private final ImportChecks checks;

	private final ImportApplication application;

	private final Units units;

	private final MessageSource messages;

	private final Campaigns campaignReads;

	TaskTableImports(EditableCampaigns editable, AdministeredEntities administered, ObligationRepository obligations,
			ImportChecks checks, ImportApplication application, Units units, MessageSource messages,
			Campaigns campaignReads) {
		this.editable = editable;
		this.administered = administered;
		this.obligations = obligations;
		this.checks = checks;
		this.application = application;
		this.units = units;
		this.messages = messages;
		this.campaignReads = campaignReads;
	}

	/** How far an import got, for a large file's progress bar. */
	public interface Progress {

		/** Progress nobody watches: an import that runs in the request. */
		Progress NONE = new Progress() {
			@Override
			public void total(int lines) {
			}

			@Override
			public void done(int lines) {
			}
		};

		/** The number of lines the file has. */
		void total(int lines);

		/** The number of lines applied so far. */
		void done(int lines);

	}

	/**
	 * Every problem of a file, without changing anything: what {@link #importFile}
	 * refuses. Empty when the file would import.
	 */
	public List<Violation> check(UnitScope scope, String campaignCode, LocalDate appliesFrom, byte[] file) {
		var campaign = this.editable.editableCampaign(scope, campaignCode);
		return problems(scope, campaign, appliesFrom, read(scope, file), existing(campaign.id()));
	}

	/**
	 * Checks a file in full and applies it when it has no problem.
	 * @throws RejectedException listing every problem, each with its line; nothing
	 * changed
	 */
	@Transactional
	public ImportedObligation.Result importFile(UnitScope scope, String actor, String campaignCode,
			LocalDate appliesFrom, byte[] file, Progress progress) {
		var view = this.editable.editableCampaign(scope, campaignCode);
		var campaign = this.administered.campaign(scope, campaignCode);
		var existing = existing(campaign.getId());
		var parsed = read(scope, file);
		progress.total(parsed.lines().size());
		RejectedException.throwIfAny(problems(scope, view, appliesFrom, parsed, existing));
		var result = this.application.apply(actor, campaign, appliesFrom, parsed.lines(), existing, progress::done);
		this.campaignReads.evictCaches();
		return result;
	}

	private TaskTableSheetReader.Parsed read(UnitScope scope, byte[] file) {
		return TaskTableSheetReader.read(new ByteArrayInputStream(file), this.units.within(scope), this.messages);
	}

	/**
	 * The cells' problems and the lines' problems together, by line. When a cell could
	 * not be read, what the lines break as a whole is reported too, except where that
	 * cell is; a file whose header (or whole) is unreadable reports that alone.
	 */
	private List<Violation> problems(UnitScope scope, CampaignView campaign, LocalDate appliesFrom,
			TaskTableSheetReader.Parsed parsed, Map<String, Obligation> existing) {
		if (parsed.problems().isEmpty()) {
			return this.checks.check(scope, campaign, appliesFrom, parsed.lines(), existing);
		}
		List<Violation> all = new ArrayList<>(parsed.problems());
		var unreadable = parsed.problems().stream().map(Violation::field).collect(Collectors.toSet());
		if (parsed.problems().stream().noneMatch(p -> ImportedObligation.lineOf(p) <= 1)) {
			this.checks.check(scope, campaign, appliesFrom, parsed.lines(), existing)
				.stream()
				.filter(p -> !unreadable.contains(p.field()))
				.forEach(all::add);
		}
		all.sort(Comparator.comparingInt(ImportedObligation::lineOf));
		return all;
	}

	private Map<String, Obligation> existing(Long campaignId) {
		return this.obligations.findTaskTable(campaignId)
			.stream()
			.collect(Collectors.toMap(Obligation::getCode, o -> o));
	}

}
