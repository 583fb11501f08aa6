package com.tasktable.records.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.records.Decision;
import com.tasktable.records.LoggingTarget;
import com.tasktable.records.RecordDetails;
import com.tasktable.records.RecordKeeping;
import com.tasktable.records.RecordQueries;
import com.tasktable.records.RecordReviews;
import com.tasktable.records.RecordState;
import com.tasktable.users.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging a record (one form for every kind), its page, editing and withdrawing it. */
@Controller
class RecordController {

	static final String FORM_VIEW = "records/form";

	static final String PICK_VIEW = "records/pick";

	static final String DETAIL_VIEW = "records/detail";

	private final RecordKeeping keeping;

	private final RecordQueries queries;

	private final Campaigns campaigns;

	private final MessageSource messages;

	private final RecordReviews reviews;

	RecordController(RecordKeeping keeping, RecordQueries queries, Campaigns campaigns, MessageSource messages,
			RecordReviews reviews) {
		this.reviews = reviews;
		this.messages = messages;
		this.keeping = keeping;
		this.queries = queries;
		this.campaigns = campaigns;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("activityDate", "title", "details", "links", "outlet", "participants", "value",
				"category", "submissionToken", "version");
	}

	@GetMapping("/records/new")
	String newRecord(@RequestParam(required = false) Long obligation, CurrentUser user, Model model) {
		if (obligation == null) {
			model.addAttribute("obligations", this.queries.loggable(user));
			return PICK_VIEW;
		}
		var target = this.queries.target(user, obligation);
		var kind = target.terms().kind();
		if (kind == ObligationKind.DAILY_ACTIVITY) {
			return "redirect:/records/daily?obligation=" + obligation;
		}
		var form = new RecordForm();
		form.setActivityDate(target.campaign().clamp(target.today()));
		return showForm(target, form, model);
	}

	/**
	 * The period a record of this date would count for, as the form shows it below the
	 * date (htmx asks again on every change of the date).
	 */
	@GetMapping("/records/period")
	String periodPreview(@RequestParam Long obligation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activityDate,
			CurrentUser user, Model model) {
		model.addAttribute("preview", PeriodPreview.of(this.queries.target(user, obligation), activityDate));
		return FORM_VIEW + " :: periodPreview";
	}

	@PostMapping("/records")
	String create(@RequestParam Long obligation, @ModelAttribute("form") RecordForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var target = this.queries.target(user, obligation);
		if (result.hasErrors()) {
			return showForm(target, form, model);
		}
		Long id;
		try {
			id = this.keeping.create(user, obligation, form.toDraft(), Uploads.of(files), form.getSubmissionToken());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result);
			return showForm(target, form, model);
		}
		redirect.addFlashAttribute("success", "record.created");
		return "redirect:/records/" + id;
	}

	/**
	 * A record's page; {@code back}, the review queue the reviewer came from, makes its
	 * decisions return there.
	 */
	@GetMapping("/records/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) QueueAddress back, CurrentUser user,
			Model model) {
		var record = this.queries.get(user, id);
		model.addAttribute("record", record);
		model.addAttribute("queueQuery", (back != null) ? back.query() : "");
		model.addAttribute("queueHref", (back != null) ? back.href() : null);
		model.addAttribute("decisions", this.reviews.history(user, id));
		model.addAttribute("canDecide",
				record.state() == RecordState.PENDING && this.reviews.reviews(user, record.unit()));
		return DETAIL_VIEW;
	}

	@GetMapping("/records/{id}/edit")
	String edit(@PathVariable Long id, CurrentUser user, Model model) {
		var record = this.queries.get(user, id);
		if (!record.editable()) {
			return "redirect:/records/" + id;
		}
		model.addAttribute("record", record);
		addReturn(user, record, model);
		var target = this.queries.target(user, record.obligation().id());
		return showForm(target, RecordForm.from(record), model);
	}

	/**
	 * Saves an edited record; files added ({@code files}) and removed
	 * ({@code removeEvidence}, ids of its files) with it, all or nothing.
	 */
	@PostMapping("/records/{id}")
	String update(@PathVariable Long id, @ModelAttribute("form") RecordForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "removeEvidence", required = false) List<Long> removeEvidence, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		var record = this.queries.get(user, id);
		var target = this.queries.target(user, record.obligation().id());
		model.addAttribute("record", record);
		addReturn(user, record, model);
		if (result.hasErrors()) {
			return showForm(target, form, model);
		}
		try {
			this.keeping.update(user, id, form.getVersion(), form.toDraft(), Uploads.of(files),
					(removeEvidence != null) ? removeEvidence : List.of());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result);
			return showForm(target, form, model);
		}
		redirect.addFlashAttribute("success", "record.updated");
		return "redirect:/records/" + id;
	}

	@PostMapping("/records/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		try {
			this.keeping.withdraw(user, id, version);
			redirect.addFlashAttribute("success", "record.withdrawn");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).code());
		}
		return "redirect:/records/" + id;
	}

	@PostMapping("/records/{id}/evidence")
	String addEvidence(@PathVariable Long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			CurrentUser user, Locale locale, RedirectAttributes redirect) {
		try {
			this.keeping.addEvidence(user, id, Uploads.of(files));
			redirect.addFlashAttribute("success", "evidence.added");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("errorMessages",
					ex.violations()
						.stream()
						.map(v -> this.messages.getMessage(v.code(), v.messageArgs(), v.code(), locale))
						.toList());
		}
		return "redirect:/records/" + id;
	}

	/** A returned record's form says why, by whom and when it came back. */
	private void addReturn(CurrentUser user, RecordDetails record, Model model) {
		if (record.state() != RecordState.RETURNED) {
			return;
		}
		this.reviews.history(user, record.id())
			.stream()
			.filter(d -> d.action() == Decision.RETURNED)
			.reduce((first, second) -> second)
			.ifPresent(d -> model.addAttribute("returned", d));
	}

	private String showForm(LoggingTarget target, RecordForm form, Model model) {
		model.addAttribute("target", target);
		model.addAttribute("form", form);
		model.addAttribute("preview", PeriodPreview.of(target, form.getActivityDate()));
		model.addAttribute("categories",
				this.campaigns.coverageCategories()
					.stream()
					.filter(c -> target.terms().coverageCategories().contains(c.code()))
					.toList());
		return FORM_VIEW;
	}

}
