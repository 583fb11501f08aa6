package com.tasktable.records.web;

import java.util.List;
import java.util.Locale;

import com.tasktable.records.RecordRejectedException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Rule violations as a 400 problem listing each field's message in the caller's language.
 */
@RestControllerAdvice(assignableTypes = RecordApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordApiErrors {

	private final MessageSource messages;

	RecordApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RecordRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RecordRejectedException ex, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("api.error.invalid", null, "Invalid record", locale));
		List<FieldProblem> errors = ex.violations()
			.stream()
			.map(v -> new FieldProblem(v.field(), v.code(),
					this.messages.getMessage(v.code(), v.args().stream().map(Object::toString).toArray(), v.code(),
							locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * One broken rule.
	 *
	 * @param field the field, null for the whole record
	 * @param code stable message code
	 * @param message in the caller's language
	 */
	record FieldProblem(String field, String code, String message) {
	}

}
