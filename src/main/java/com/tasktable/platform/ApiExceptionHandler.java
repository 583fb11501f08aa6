package com.tasktable.platform;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON errors for the API ({@code /api/**} controllers are {@code @RestController}s):
 * never a stack trace. A refused parameter is a 400 whose {@code parameter} names it and
 * whose {@code errors} list every one, in the caller's language
 * ({@link ParameterErrors}). A {@link RejectedException}, whatever module threw it, is a
 * 400 whose {@code errors} list each broken rule's field, code and message.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final ErrorResponses responses;

	ApiExceptionHandler(MessageSource messages, ErrorResponses responses) {
		this.messages = messages;
		this.responses = responses;
	}

	/** Every problem Spring answers here gets its title in the caller's language. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			problem.setTitle(this.responses.problem(statusCode, LocaleContextHolder.getLocale()).getTitle());
		}
		return response;
	}

	@ExceptionHandler({ BadParameterException.class, ConstraintViolationException.class })
	ResponseEntity<Object> badParameter(Exception ex) {
		return badParameters(ex);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badParameters(ex);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badParameters(ex);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badParameters(ex);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return badParameters(ex);
	}

	@ExceptionHandler(RejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RejectedException ex) {
		var locale = LocaleContextHolder.getLocale();
		var status = ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = this.responses.problem(status,
				this.messages.getMessage("api.error.invalid", null, "Invalid request", locale), locale);
		if (ex.isConflict()) {
			var code = ex.violations().get(0).code();
			problem.setProperty("reason", code.substring(code.lastIndexOf('.') + 1));
		}
		problem.setProperty("errors",
				ex.violations()
					.stream()
					.map(v -> new RuleProblem(v.field(), v.code(),
							this.messages.getMessage(v.code(), v.messageArgs(), v.code(), locale)))
					.toList());
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.badRequest()
			.body(this.responses.problem(HttpStatus.BAD_REQUEST, ex.getMessage(), LocaleContextHolder.getLocale()));
	}

	/**
	 * Anything else is a 500 with its stack trace in the log, unless the exception says
	 * its own status ({@code @ResponseStatus}, e.g. the evidence store unavailable: a
	 * 503), which is then answered and logged in one line.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		var declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (declared != null && declared.code().is5xxServerError()) {
			log.warn("API request failed with {}: {}", declared.code().value(), ex.getMessage());
			return problem(declared.code());
		}
		log.error("Unexpected error in the API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private ResponseEntity<Object> badParameters(Exception ex) {
		var errors = ParameterErrors.of(ex, this.messages, LocaleContextHolder.getLocale());
		var problem = this.responses.problem(HttpStatus.BAD_REQUEST, LocaleContextHolder.getLocale());
		if (errors.isEmpty()) {
			return ResponseEntity.badRequest().body(problem);
		}
		problem.setDetail(errors.get(0).message());
		problem.setProperty("parameter", errors.get(0).parameter());
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status) {
		return ResponseEntity.status(status).body(this.responses.problem(status, LocaleContextHolder.getLocale()));
	}

	/**
	 * One broken rule.
	 *
	 * @param field the field, null for the whole request
	 * @param code stable message code
	 * @param message in the caller's language
	 */
	record RuleProblem(String field, String code, String message) {
	}

}
