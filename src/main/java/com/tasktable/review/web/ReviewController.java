package com.tasktable.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.records.RecordQueries;
import com.tasktable.records.RecordState;
import com.tasktable.review.RecordDecisions;
import com.tasktable.review.ReturnReasons;
import com.tasktable.review.ReviewQueue;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue, approving (one or many) and returning records for correction. */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class ReviewController {

	static final String QUEUE_VIEW = "review/queue";

	static final String RETURN_VIEW = "review/return";

	static final String CONFLICT_VIEW = "review/conflict";

	private final ReviewQueue queue;

	private final RecordDecisions decisions;

	private final RecordQueries records;

	private final Units units;

	private final ReturnReasons reasons;

	ReviewController(ReviewQueue queue, RecordDecisions decisions, RecordQueries records, Units units,
			ReturnReasons reasons) {
		this.reasons = reasons;
		this.queue = queue;
		this.decisions = decisions;
		this.records = records;
		this.units = units;
	}

	/**
	 * Two reviewers deciding at once: the second one learns that the record was decided
	 * or changed first, and that nothing of theirs was stored.
	 */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return CONFLICT_VIEW;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("reasonId", "reason", "version");
	}

	/**
	 * The queue, a page at a time; every action on it carries the filters and page in its
	 * address ({@code query}) and comes back to the same view.
	 */
	@GetMapping("/review")
	String queue(@Valid @ModelAttribute("filter") QueueFilterForm filter, CurrentUser user, Model model) {
		model.addAttribute("page", this.queue.page(user, filter.toFilter(), filter.pageNumber()));
		model.addAttribute("query", filter.queryString());
		model.addAttribute("reviewedUnits",
				this.units.within(user.scope()).stream().filter(u -> this.decisions.reviews(user, u)).toList());
		return QUEUE_VIEW;
	}

	@PostMapping("/review/records/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam long version,
			@Valid @ModelAttribute("filter") QueueFilterForm filter, CurrentUser user, RedirectAttributes redirect) {
		this.decisions.approve(user, id, version);
		redirect.addFlashAttribute("success", "review.approved");
		return "redirect:/review" + filter.queryString();
	}

	/**
	 * Approve this record and open the next one of the filtered queue (back to the queue
	 * when it was the last).
	 */
	@PostMapping("/review/records/{id}/approve-next")
	String approveAndNext(@PathVariable Long id, @RequestParam long version,
			@Valid @ModelAttribute("filter") QueueFilterForm filter, CurrentUser user, RedirectAttributes redirect) {
		var next = this.queue.nextAfter(user, filter.toFilter(), id);
		this.decisions.approve(user, id, version);
		redirect.addFlashAttribute("success", "review.approved");
		if (next == null) {
			return "redirect:/review" + filter.queryString();
		}
		return "redirect:/review/records/" + next + filter.queryString();
	}

	/** Bulk approval: {@code items} are {@code id:version} of the ticked rows. */
	@PostMapping("/review/approve")
	String approveAll(@RequestParam(name = "items", required = false) List<RecordVersion> items,
			@Valid @ModelAttribute("filter") QueueFilterForm filter, CurrentUser user, RedirectAttributes redirect) {
		if (items == null || items.isEmpty()) {
			redirect.addFlashAttribute("error", "review.noneSelected");
			return "redirect:/review" + filter.queryString();
		}
		Map<Long, Long> versions = new LinkedHashMap<>();
		items.forEach(item -> versions.put(item.id(), item.version()));
		int n = this.decisions.approveAll(user, versions);
		redirect.addFlashAttribute("success", "review.approvedMany");
		redirect.addFlashAttribute("approvedCount", n);
		return "redirect:/review" + filter.queryString();
	}

	/** One record of the queue, to approve (and go on) or return: the return form. */
	@GetMapping({ "/review/records/{id}", "/review/records/{id}/return" })
	String returnForm(@PathVariable Long id, @Valid @ModelAttribute("filter") QueueFilterForm filter, CurrentUser user,
			Model model) {
		var record = this.records.get(user, id);
		var form = new ReturnForm();
		form.setVersion(record.version());
		model.addAttribute("record", record);
		model.addAttribute("form", form);
		model.addAttribute("query", filter.queryString());
		model.addAttribute("backToQueue", "/review" + filter.queryString());
		model.addAttribute("pending", record.state() == RecordState.PENDING);
		model.addAttribute("reasons", this.reasons.offered());
		return RETURN_VIEW;
	}

	@PostMapping("/review/records/{id}/return")
	String returnForCorrection(@PathVariable Long id, @ModelAttribute("form") ReturnForm form, BindingResult result,
			@Valid @ModelAttribute("filter") QueueFilterForm filter, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			this.decisions.returnForCorrection(user, id, form.getVersion(),
					this.reasons.compose(form.getReasonId(), form.getReason()));
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result);
			var record = this.records.get(user, id);
			model.addAttribute("record", record);
			model.addAttribute("query", filter.queryString());
			model.addAttribute("backToQueue", "/review" + filter.queryString());
			model.addAttribute("pending", record.state() == RecordState.PENDING);
			model.addAttribute("reasons", this.reasons.offered());
			return RETURN_VIEW;
		}
		redirect.addFlashAttribute("success", "review.returned");
		return "redirect:/review" + filter.queryString();
	}

}
