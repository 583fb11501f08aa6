package com.tasktable.review.web;

import java.time.LocalDate;

import com.tasktable.review.PeriodUnlocks;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
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
 * Reviewers reopen a closed period for one unit (with a reason, optionally until a day).
 */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class UnlockController {

	static final String VIEW = "records/unlocks";

	private final PeriodUnlocks unlocks;

	private final Units units;

	UnlockController(PeriodUnlocks unlocks, Units units) {
		this.unlocks = unlocks;
		this.units = units;
	}

	@InitBinder("unlockForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("from", "to", "openUntil", "reason");
	}

	@GetMapping("/units/{code}/unlocks")
	String list(@PathVariable String code, CurrentUser user, Model model) {
		return show(code, user, new UnlockForm(), model);
	}

	@PostMapping("/units/{code}/unlocks")
	String unlock(@PathVariable String code, @Valid @ModelAttribute("unlockForm") UnlockForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.from != null && form.to != null && form.to.isBefore(form.from)) {
			result.rejectValue("to", "unlock.error.range");
		}
		if (result.hasErrors()) {
			return show(code, user, form, model);
		}
		this.unlocks.unlock(user, code, form.from, form.to, form.openUntil, form.reason);
		redirect.addFlashAttribute("success", "unlock.done");
		return "redirect:/units/" + code + "/unlocks";
	}

	private String show(String code, CurrentUser user, UnlockForm form, Model model) {
		model.addAttribute("unit", this.units.get(user.scope(), code));
		model.addAttribute("unlocks", this.unlocks.list(user, code));
		model.addAttribute("unlockForm", form);
		return VIEW;
	}

	/** Which activity dates to reopen, why, and until when. */
	public static class UnlockForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate from;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate to;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate openUntil;

		@NotBlank
		@Size(max = 500)
		private String reason;

		public LocalDate getFrom() {
			return this.from;
		}

		public void setFrom(LocalDate from) {
			this.from = from;
		}

		public LocalDate getTo() {
			return this.to;
		}

		public void setTo(LocalDate to) {
			this.to = to;
		}

		public LocalDate getOpenUntil() {
			return this.openUntil;
		}

		public void setOpenUntil(LocalDate openUntil) {
			this.openUntil = openUntil;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
