package com.tasktable.campaigns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ChangeNeedsConfirmationException;
import com.tasktable.campaigns.Confirmation;
import com.tasktable.campaigns.ConfirmationPage;
import com.tasktable.campaigns.ObligationDetail;
import com.tasktable.campaigns.ObligationSchedules;
import com.tasktable.campaigns.TaskTemplates;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.users.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An obligation's administration: its page with the history of its versions, a change
 * from a date (a new version), retirement, and the phase dates of all units in one table.
 */
@Controller
@RequestMapping("/admin/obligations/{id}")
class ObligationAdminController {

	static final String DETAIL_VIEW = "admin/obligation";

	static final String FORM_VIEW = "admin/obligation-form";

	static final String PHASES_VIEW = "admin/phases";

	static final List<String> FIELDS = List.of("appliesFrom", "title", "titleEn", "text", "textEn", "kind", "frequency",
			"minCount", "maxCount", "yearlyTarget", "scoreMode", "deadline", "deadlineMonth", "deadlineDay",
			"eventMonth", "eventDay", "windowDaysBefore", "windowDaysAfter", "metricTarget", "metricUnit",
			"coverageCategories");

	private final TaskTemplates templates;

	private final ObligationSchedules schedules;

	private final Campaigns campaigns;

	private final Clock clock;

	ObligationAdminController(TaskTemplates templates, ObligationSchedules schedules, Campaigns campaigns,
			Clock clock) {
		this.templates = templates;
		this.schedules = schedules;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		var allowed = new ArrayList<>(FIELDS);
		allowed.add("version");
		binder.setAllowedFields(allowed.toArray(String[]::new));
	}

	@InitBinder("phases")
	void allowedPhaseFields(WebDataBinder binder) {
		binder.setAllowedFields(PhaseDatesForm.ALLOWED_FIELDS);
	}

	@GetMapping
	String show(@PathVariable Long id, CurrentUser user, Model model) {
		model.addAttribute("detail", this.templates.obligation(user.scope(), id));
		return DETAIL_VIEW;
	}

	@GetMapping("/edit")
	String edit(@PathVariable Long id, CurrentUser user, Model model) {
		var detail = this.templates.obligation(user.scope(), id);
		var campaign = detail.campaign();
		var from = campaign.clamp(campaign.today(this.clock));
		return showForm(detail, ObligationForm.from(detail.obligation().termsOn(from), from, detail.version()), model);
	}

	@PostMapping
	String revise(@PathVariable Long id, @ModelAttribute("form") ObligationForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return showForm(this.templates.obligation(user.scope(), id), form, model);
		}
		try {
			this.templates.revise(user.scope(), user.username(), id, form.getVersion(), form.getAppliesFrom(),
					form.toTerms(), confirmation(request));
		}
		catch (ChangeNeedsConfirmationException ex) {
			return confirm(ex, id, request, response, model);
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result, FIELDS);
			return showForm(this.templates.obligation(user.scope(), id), form, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var current = this.templates.obligation(user.scope(), id);
			var day = (form.getAppliesFrom() != null) ? form.getAppliesFrom() : current.campaign().startDate();
			model.addAttribute("conflicts",
					EditConflict.between(form.toTerms().fields(), current.obligation().termsOn(day).fields()));
			form.setVersion(current.version());
			return showForm(current, form, model);
		}
		redirect.addFlashAttribute("success", "admin.obligation.revised");
		return "redirect:/admin/obligations/" + id;
	}

	@PostMapping("/retire")
	String retire(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retireFrom,
			@RequestParam long version, CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			this.templates.retire(user.scope(), user.username(), id, version, retireFrom, confirmation(request));
			redirect.addFlashAttribute("success",
					(retireFrom != null) ? "admin.obligation.retired" : "admin.obligation.reinstated");
		}
		catch (ChangeNeedsConfirmationException ex) {
			return confirm(ex, id, request, response, model);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).code());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "admin.conflict.reload");
		}
		return "redirect:/admin/obligations/" + id;
	}

	/** The short names the screens show first; not versioned, audited. */
	@PostMapping("/names")
	String rename(@PathVariable Long id, @RequestParam(defaultValue = "") String shortName,
			@RequestParam(defaultValue = "") String shortNameEn, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.templates.rename(user.scope(), user.username(), id, version, shortName, shortNameEn);
			redirect.addFlashAttribute("success", "admin.obligation.renamed");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).code());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "admin.conflict.reload");
		}
		return "redirect:/admin/obligations/" + id;
	}

	/** The dates of a movable day, one {@code yyyy-MM-dd} a line. */
	@PostMapping("/event-dates")
	String eventDates(@PathVariable Long id, @RequestParam(defaultValue = "") String eventDates,
			@RequestParam long version, CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		List<LocalDate> dates = new ArrayList<>();
		for (var line : eventDates.split("[\\s,;，；]+")) {
			if (line.isBlank()) {
				continue;
			}
			try {
				dates.add(LocalDate.parse(line.trim()));
			}
			catch (DateTimeParseException ex) {
				redirect.addFlashAttribute("error", "admin.error.date");
				return "redirect:/admin/obligations/" + id;
			}
		}
		try {
			this.schedules.replaceEventDates(user.scope(), user.username(), id, version, dates, confirmation(request));
			redirect.addFlashAttribute("success", "admin.eventDates.saved");
		}
		catch (ChangeNeedsConfirmationException ex) {
			return confirm(ex, id, request, response, model);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("error", "admin.eventDates.error");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "admin.conflict.reload");
		}
		return "redirect:/admin/obligations/" + id;
	}

	@GetMapping("/phases")
	String phases(@PathVariable Long id, CurrentUser user, Model model) {
		var detail = this.templates.obligation(user.scope(), id);
		Map<Long, String> starts = new LinkedHashMap<>();
		detail.units().forEach(p -> starts.put(p.unit().id(), (p.start() != null) ? p.start().toString() : ""));
		return showPhases(detail, starts, detail.version(), Map.of(), List.of(), model);
	}

	/**
	 * The whole table at once: {@code start[<unit id>]=yyyy-MM-dd}, blank for "follows
	 * the obligation".
	 */
	@PostMapping("/phases")
	String savePhases(@PathVariable Long id, @ModelAttribute("phases") PhaseDatesForm form, @RequestParam long version,
			CurrentUser user, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		var detail = this.templates.obligation(user.scope(), id);
		var entered = form.entered(detail);
		Map<Long, String> errors = new LinkedHashMap<>();
		var starts = PhaseDatesForm.dates(entered, errors);
		if (!errors.isEmpty()) {
			return showPhases(detail, entered, version, errors, List.of(), model);
		}
		try {
			this.schedules.replacePhases(user.scope(), user.username(), id, version, starts, confirmation(request));
		}
		catch (ChangeNeedsConfirmationException ex) {
			return confirm(ex, id, request, response, model);
		}
		catch (RejectedException ex) {
			var units = PhaseDatesForm.unitsByField(entered.keySet());
			ex.violations().forEach(v -> errors.put(units.get(v.field()), v.code()));
			return showPhases(detail, entered, version, errors, List.of(), model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var current = this.templates.obligation(user.scope(), id);
			Map<String, String> yours = new LinkedHashMap<>();
			Map<String, String> stored = new LinkedHashMap<>();
			current.units().forEach(p -> {
				yours.put(p.unit().code(), entered.getOrDefault(p.unit().id(), ""));
				stored.put(p.unit().code(), (p.start() != null) ? p.start().toString() : "");
			});
			return showPhases(current, entered, current.version(), Map.of(), EditConflict.between(yours, stored),
					model);
		}
		redirect.addFlashAttribute("success", "admin.phases.saved");
		return "redirect:/admin/obligations/" + id;
	}

	/**
	 * A change that reaches into periods that are over: its impact, and the same change
	 * again with a reason (409 when the impact changed since it was shown).
	 */
	private static String confirm(ChangeNeedsConfirmationException ex, Long id, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var page = ConfirmationPage.of(ex, request.getRequestURI().substring(request.getContextPath().length()),
				"/admin/obligations/" + id, request.getParameterMap());
		response.setStatus(page.status());
		model.addAttribute("page", page);
		return ConfirmationPage.VIEW;
	}

	private static Confirmation confirmation(HttpServletRequest request) {
		return new Confirmation(request.getParameter("confirmDigest"), request.getParameter("confirmReason"));
	}

	private String showPhases(ObligationDetail detail, Map<Long, String> starts, long version, Map<Long, String> errors,
			List<EditConflict> conflicts, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("starts", starts);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("conflicts", conflicts);
		return PHASES_VIEW;
	}

	private String showForm(ObligationDetail detail, ObligationForm form, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("form", form);
		model.addAttribute("kinds", ObligationKind.values());
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("scoreModes", ScoreMode.values());
		model.addAttribute("categories", this.campaigns.coverageCategories());
		return FORM_VIEW;
	}

}
