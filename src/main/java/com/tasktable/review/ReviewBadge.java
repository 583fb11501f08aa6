package com.tasktable.review;

import com.tasktable.review.ReviewQueue;
import com.tasktable.users.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The navigation's count of records waiting for the signed-in reviewer; the layout asks
 * for it ({@code @reviewBadge.count(currentUser)}) only when it shows the link.
 */
@Component("reviewBadge")
public class ReviewBadge {

	private final ReviewQueue queue;

	ReviewBadge(ReviewQueue queue) {
		this.queue = queue;
	}

	public long count(CurrentUser user) {
		return this.queue.pendingCount(user);
	}

}
