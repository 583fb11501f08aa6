package com.tasktable.review.web;

import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.review.ReturnReasons;
import com.tasktable.users.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' list of return reasons: add, edit, retire (every change audited).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReturnReasonController {

	static final String LIST_VIEW = "admin/return-reasons";

	private static final String BACK = "redirect:/admin/return-reasons";

	private final ReturnReasons reasons;

	ReturnReasonController(ReturnReasons reasons) {
		this.reasons = reasons;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("text", "textEn", "sortOrder", "retired", "version");
	}

	@GetMapping("/admin/return-reasons")
	String list(Model model) {
		model.addAttribute("form", new ReturnReasonForm());
		return show(model);
	}

	@PostMapping("/admin/return-reasons")
	String add(@ModelAttribute("form") ReturnReasonForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(model);
		}
		try {
			this.reasons.add(user, form.getText(), form.getTextEn(), form.getSortOrder());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result);
			return show(model);
		}
		redirect.addFlashAttribute("success", "returnReason.saved");
		return BACK;
	}

	@PostMapping("/admin/return-reasons/{id}")
	String change(@PathVariable Long id, @ModelAttribute("form") ReturnReasonForm form, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "returnReason.error.notSaved");
			return BACK;
		}
		try {
			this.reasons.change(user, id, form.getVersion(), form.getText(), form.getTextEn(), form.getSortOrder(),
					form.isRetired());
			redirect.addFlashAttribute("success", "returnReason.saved");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("error", "returnReason.error.notSaved");
		}
		return BACK;
	}

	private String show(Model model) {
		model.addAttribute("reasons", this.reasons.all());
		return LIST_VIEW;
	}

}
