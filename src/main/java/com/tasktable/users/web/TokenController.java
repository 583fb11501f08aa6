package com.tasktable.users.web;

import java.time.Duration;

import com.tasktable.users.ApiTokens;
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

/** A person's own personal access tokens: create (shown once), list, revoke. */
@Controller
@RequestMapping("/account/tokens")
class TokenController {

	static final String VIEW = "account/tokens";

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@InitBinder("tokenForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "validDays");
	}

	@ModelAttribute("tokenForm")
	TokenForm tokenForm() {
		return new TokenForm();
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("tokens", this.tokens.list(user));
		return VIEW;
	}

	@PostMapping
	String create(CurrentUser user, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("tokens", this.tokens.list(user));
			return VIEW;
		}
		var raw = this.tokens.create(user, form.getName().trim(), Duration.ofDays(form.getValidDays()));
		redirect.addFlashAttribute("newToken", raw);
		redirect.addFlashAttribute("success", "tokens.created");
		return "redirect:/account/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.tokens.revoke(user, id);
		redirect.addFlashAttribute("success", "tokens.revoked");
		return "redirect:/account/tokens";
	}

}
