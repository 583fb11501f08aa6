package com.tasktable.directives.web;

import java.time.Clock;

import com.tasktable.directives.Directives;
import com.tasktable.users.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer issues a directive to units below their own. Only reviewers get this far:
 * {@link Directives#addressableUnits} refuses everyone else with 403.
 */
@Controller
@RequestMapping("/directives")
class IssueDirectiveController {

	static final String FORM_VIEW = "directives/issue";

	private final Directives directives;

	private final Clock clock;

	IssueDirectiveController(Directives directives, Clock clock) {
		this.directives = directives;
		this.clock = clock;
	}

	/** The issuer, unit, campaign and version are the server's, never the request's. */
	@InitBinder("directiveForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "text", "link", "deadline", "unitIds");
	}

	/**
	 * The form learns the campaign's today and last day before binding, so that its
	 * validation reads "today" in the campaign's time zone.
	 */
	@ModelAttribute("directiveForm")
	DirectiveForm directiveForm(CurrentUser user) {
		var form = new DirectiveForm();
		this.directives.currentCampaign(user).ifPresent(c -> form.limitDeadline(c.today(this.clock), c.endDate()));
		return form;
	}

	@GetMapping("/new")
	String form(CurrentUser user, Model model) {
		return show(user, model);
	}

	@PostMapping
	String issue(CurrentUser user, @Valid @ModelAttribute("directiveForm") DirectiveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (this.directives.currentCampaign(user).isEmpty()) {
			result.reject("directive.noCampaign");
		}
		if (result.hasErrors()) {
			return show(user, model);
		}
		var issued = this.directives.issue(user, form.toNewDirective());
		redirect.addFlashAttribute("success", "directive.issued");
		return "redirect:/directives/" + issued.id();
	}

	private String show(CurrentUser user, Model model) {
		model.addAttribute("units", this.directives.addressableUnits(user));
		model.addAttribute("campaign", this.directives.currentCampaign(user).orElse(null));
		return FORM_VIEW;
	}

}
