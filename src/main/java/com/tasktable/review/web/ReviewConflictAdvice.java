package com.tasktable.review.web;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Two reviewers deciding at once: the second one learns that the record was decided or
 * changed first, and that nothing of theirs was stored.
 */
@ControllerAdvice(basePackageClasses = ReviewConflictAdvice.class)
class ReviewConflictAdvice {

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "review/conflict";
	}

}
