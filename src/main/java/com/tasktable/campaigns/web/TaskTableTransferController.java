package com.tasktable.campaigns.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.EditableCampaigns;
import com.tasktable.campaigns.ImportJobs;
import com.tasktable.campaigns.ImportedObligation;
import com.tasktable.campaigns.TaskTableImports;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A task table to and from Excel. An import is checked in full first; a file with any
 * problem changes nothing and every bad cell is listed (sheet, row, column, why). With
 * htmx the answer replaces the result panel, and the page shows the upload's progress.
 */
@Controller
class TaskTableTransferController {

	static final String IMPORT_VIEW = "admin/import";

	private final EditableCampaigns editable;

	private final Campaigns campaigns;

	private final TaskTableImports imports;

	private final Units units;

	private final MessageSource messages;

	private final Clock clock;

	private final ImportJobs jobs;

	TaskTableTransferController(EditableCampaigns editable, Campaigns campaigns, TaskTableImports imports, Units units,
			MessageSource messages, Clock clock, ImportJobs jobs) {
		this.jobs = jobs;
		this.editable = editable;
		this.campaigns = campaigns;
		this.imports = imports;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/campaigns/{code}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable String code, CurrentUser user, Locale locale) throws IOException {
		var campaign = this.editable.editableCampaign(user.scope(), code);
		var table = this.campaigns.taskTable(user.scope(), code, campaign.endDate());
		var body = TaskTableWorkbook.write(campaign, table, this.units.within(user.scope()),
				this.campaigns.coverageCategories(), this.messages, locale);
		var name = this.messages.getMessage("admin.xlsx.file", new Object[] { code }, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(TaskTableWorkbook.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	@GetMapping("/admin/campaigns/{code}/import")
	String form(@PathVariable String code, CurrentUser user, Model model) {
		var campaign = this.editable.editableCampaign(user.scope(), code);
		model.addAttribute("campaign", campaign);
		model.addAttribute("appliesFrom", campaign.clamp(campaign.today(this.clock)));
		return IMPORT_VIEW;
	}

	/**
	 * Without script the import runs in the request and the page answers with its result.
	 * With htmx it runs as a background job on any instance ({@link ImportJobs}), and the
	 * answer is a progress bar that polls {@code /admin/imports/{id}} until the result
	 * replaces it.
	 */
	@PostMapping("/admin/campaigns/{code}/import")
	String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliesFrom,
			@RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser user, Locale locale,
			Model model) throws IOException {
		var campaign = this.editable.editableCampaign(user.scope(), code);
		model.addAttribute("campaign", campaign);
		model.addAttribute("appliesFrom", appliesFrom);
		if (file == null || file.isEmpty()) {
			show(List.of(ImportedObligation.problem(0, null, "admin.import.error.noFile")), null, locale, model);
			return (htmx != null) ? IMPORT_VIEW + " :: result" : IMPORT_VIEW;
		}
		var bytes = file.getBytes();
		if (htmx != null) {
			model.addAttribute("job", this.jobs.start(user, code, appliesFrom, bytes));
			return IMPORT_VIEW + " :: progress";
		}
		try {
			var result = this.imports.importFile(user.scope(), user.username(), code, appliesFrom, bytes,
					TaskTableImports.Progress.NONE);
			show(List.of(), result, locale, model);
		}
		catch (RejectedException ex) {
			show(ex.violations(), null, locale, model);
		}
		return IMPORT_VIEW;
	}

	/** A background import's progress, or its result once it is over. */
	@GetMapping("/admin/imports/{id}")
	String progress(@PathVariable UUID id, CurrentUser user, Locale locale, Model model) {
		var job = this.jobs.find(user, id).orElseThrow(() -> new NotFoundException("Import not found: " + id));
		if (!job.finished()) {
			model.addAttribute("job", job);
			return IMPORT_VIEW + " :: progress";
		}
		show(job.problems(), job.result(), locale, model);
		return IMPORT_VIEW + " :: result";
	}

	private void show(List<Violation> problems, ImportedObligation.Result result, Locale locale, Model model) {
		model.addAttribute("result", result);
		model.addAttribute("problems", problems.stream().map(p -> describe(p, locale)).toList());
	}

	private CellProblem describe(Violation problem, Locale locale) {
		int line = ImportedObligation.lineOf(problem);
		return new CellProblem((line > 0) ? TaskTableWorkbook.sheetName(this.messages, locale) : null,
				(line > 0) ? line : null,
				TaskTableWorkbook.column(ImportedObligation.columnOf(problem), this.messages, locale),
				this.messages.getMessage(problem.code(), problem.messageArgs(), problem.code(), locale));
	}

	/**
	 * One bad cell, as the page lists it.
	 *
	 * @param sheet the sheet's name, null for the file as a whole
	 * @param row the spreadsheet row, null for the file as a whole
	 * @param column the column's letter and header, null for the whole line
	 * @param message why, in the reader's language
	 */
	record CellProblem(String sheet, Integer row, String column, String message) {
	}

}
