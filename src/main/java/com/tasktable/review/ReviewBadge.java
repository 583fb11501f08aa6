package com.tasktable.review;

import com.tasktable.review.ReviewQueue;
import com.tasktable.users.CurrentUser;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The navigation's count of records waiting for the signed-in reviewer, as the page
 * model's {@code reviewCount}. Only a reviewer's pages carry it, and it is counted only
 * when a page shows it (a redirect, a download or a JSON answer never does).
 */
@ControllerAdvice(annotations = Controller.class)
class ReviewBadge {

	static final String ATTRIBUTE = "reviewCount";

	private static final String REVIEWER = "ROLE_REVIEWER";

	private final ReviewQueue queue;

	ReviewBadge(ReviewQueue queue) {
		this.queue = queue;
	}

	@ModelAttribute
	void reviewCount(Model model) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null
				|| authentication.getAuthorities().stream().noneMatch(a -> REVIEWER.equals(a.getAuthority()))) {
			return;
		}
		model.addAttribute(ATTRIBUTE, new LazyContextVariable<Long>() {
			@Override
			protected Long loadValue() {
				// read when the page is drawn, by then the model holds the signed-in user
				var user = (model.getAttribute("currentUser") instanceof CurrentUser current) ? current : null;
				return ReviewBadge.this.queue.pendingCount(user);
			}
		});
	}

}
