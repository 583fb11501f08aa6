package com.tasktable.review.web;

import com.tasktable.platform.RejectedException;
import com.tasktable.review.FilteredApproval;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Approving every record a filter of the queue finds: a page that says how many, of which
 * units and obligations, then the approval of that count. The filters travel in the
 * address as on every queue action; the count and the set's fingerprint in the form.
 */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class FilteredApprovalController {

	static final String CONFIRM_VIEW = "review/approve-filtered";

	private final FilteredApproval approval;

	private final Units units;

	FilteredApprovalController(FilteredApproval approval, Units units) {
		this.approval = approval;
		this.units = units;
	}

	/** A record of the set decided by someone else while this one was approved. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return ReviewController.CONFLICT_VIEW;
	}

	@GetMapping("/review/approve-filtered")
	String confirm(@Valid @ModelAttribute("filter") QueueFilterForm filter, CurrentUser user, Model model) {
		return confirmPage(filter, user, model);
	}

	/**
	 * Approves the filter's results when they are the {@code expected} records the
	 * reviewer confirmed; otherwise the confirmation again, with the new count and why.
	 */
	@PostMapping("/review/approve-filtered")
	String approve(@RequestParam long expected, @RequestParam String fingerprint,
			@Valid @ModelAttribute("filter") QueueFilterForm filter, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		int approved;
		try {
			approved = this.approval.approve(user, filter.toFilter(), expected, fingerprint);
		}
		catch (RejectedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.violations().get(0).code());
			model.addAttribute("expected", expected);
			return confirmPage(filter, user, model);
		}
		redirect.addFlashAttribute("success", "review.approvedMany");
		redirect.addFlashAttribute("approvedCount", approved);
		return "redirect:/review" + filter.filterQueryString();
	}

	private String confirmPage(QueueFilterForm filter, CurrentUser user, Model model) {
		var selection = this.approval.select(user, filter.toFilter());
		model.addAttribute("selection", selection);
		model.addAttribute("filtered", filter.isFiltered());
		model.addAttribute("filterUnit", (filter.getUnit() != null && !filter.getUnit().isBlank())
				? this.units.get(user.scope(), filter.getUnit().strip()) : null);
		model.addAttribute("query", filter.queryString());
		model.addAttribute("filterQuery", filter.filterQueryString());
		return CONFIRM_VIEW;
	}

}
