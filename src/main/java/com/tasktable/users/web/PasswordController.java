package com.tasktable.users.web;

import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Users;

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
 * A person changes their own password; after an administrator set a temporary one, every
 * page leads here first.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	static final String VIEW = "account/password";

	private final Users users;

	PasswordController(Users users) {
		this.users = users;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("currentPassword", "newPassword", "confirmation");
	}

	@GetMapping
	String form(CurrentUser user, Model model) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("mustChange", this.users.mustChangePassword(user.id()));
		return VIEW;
	}

	@PostMapping
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.users.changePassword(user, form.getCurrentPassword(), form.getNewPassword());
				redirect.addFlashAttribute("success", "password.changed");
				return "redirect:/";
			}
			catch (RejectedException ex) {
				Violations.bind(ex, result);
			}
		}
		model.addAttribute("mustChange", this.users.mustChangePassword(user.id()));
		return VIEW;
	}

	/** The three fields of the page; never shown again once sent. */
	public static class PasswordForm {

		private String currentPassword;

		private String newPassword;

		private String confirmation;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmation() {
			return this.confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}

	}

}
