package com.tasktable.directives.web;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reporter's view of one directive to their unit, and marking it done. Another unit's
 * assignment is "not found", whatever the URL says.
 */
@Controller
@RequestMapping("/directives/assignments/{id}")
class AssignmentController {

	static final String VIEW = "directives/assignment";

	private final Directives directives;

	AssignmentController(Directives directives) {
		this.directives = directives;
	}

	/** Status, unit, time and author of a completion are the server's. */
	@InitBinder("completionForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("response", "responseLink", "version");
	}

	@GetMapping
	String show(@PathVariable Long id, CurrentUser user, Model model) {
		var assignment = this.directives.assignment(user, id);
		model.addAttribute("assignment", assignment);
		model.addAttribute("completionForm", CompletionForm.forVersion(assignment.version()));
		return VIEW;
	}

	@PostMapping("/done")
	String complete(@PathVariable Long id, CurrentUser user,
			@Valid @ModelAttribute("completionForm") CompletionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var assignment = this.directives.assignment(user, id);
		if (result.hasErrors()) {
			model.addAttribute("assignment", assignment);
			return VIEW;
		}
		this.directives.complete(user, id, form.toCompletion());
		redirect.addFlashAttribute("success", "directive.completed");
		return "redirect:/directives/assignments/" + id;
	}

}
