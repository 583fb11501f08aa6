package com.tasktable.directives.web;

import com.tasktable.directives.DirectiveStatus;
import com.tasktable.directives.Directives;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Directives as each side follows them: a reviewer's issued directives with every unit's
 * status, a reporter's directives to their unit.
 */
@Controller
@RequestMapping("/directives")
class DirectiveController {

	static final String LIST_VIEW = "directives/list";

	static final String DIRECTIVE_VIEW = "directives/directive";

	private final Directives directives;

	DirectiveController(Directives directives) {
		this.directives = directives;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		if (user.hasRole(Role.REVIEWER)) {
			model.addAttribute("issued", this.directives.issuedBy(user));
			model.addAttribute("statuses", DirectiveStatus.values());
		}
		if (user.hasRole(Role.REPORTER)) {
			model.addAttribute("assigned", this.directives.assignedTo(user));
		}
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String directive(@PathVariable Long id, CurrentUser user, Model model) {
		model.addAttribute("detail", this.directives.get(user, id));
		model.addAttribute("statuses", DirectiveStatus.values());
		return DIRECTIVE_VIEW;
	}

}
