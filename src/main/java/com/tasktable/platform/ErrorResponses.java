package com.tasktable.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way an error is answered, whoever noticed it (a controller advice, Spring's
 * resolvers or the servlet container's error dispatch): under {@code /api/} a problem
 * whose title and detail are in the caller's language; for an htmx request a small panel
 * that {@code app.js} shows above the page; otherwise the whole error page.
 */
@Component
public class ErrorResponses {

	static final String VIEW = "error/error";

	static final String FRAGMENT = VIEW + " :: panel";

	/** Where {@code app.js} puts an htmx request's error panel. */
	static final String HTMX_TARGET = "#htmx-alert";

	private static final Set<Integer> DESCRIBED = Set.of(400, 401, 403, 404, 405, 409, 413, 503);

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ErrorResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	static boolean isApi(HttpServletRequest request) {
		var uri = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) ? original
				: request.getRequestURI();
		return uri.startsWith(request.getContextPath() + "/api/");
	}

	static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** The page, or for htmx the panel, retargeted to the page's error region. */
	ModelAndView page(HttpStatusCode status, HttpServletRequest request, HttpServletResponse response) {
		var htmx = isHtmx(request);
		if (htmx) {
			response.setHeader("HX-Retarget", HTMX_TARGET);
			response.setHeader("HX-Reswap", "innerHTML");
		}
		var view = new ModelAndView(htmx ? FRAGMENT : VIEW);
		view.addObject("failure", ErrorView.of(status));
		view.setStatus(status);
		return view;
	}

	/** A problem with the status's title and explanation in {@code locale}. */
	ProblemDetail problem(HttpStatusCode status, Locale locale) {
		var view = ErrorView.of(status);
		var problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(view.textKey(), null, locale));
		problem.setTitle(this.messages.getMessage(view.titleKey(), null, locale));
		return problem;
	}

	/** A problem with the status's title in {@code locale} and the given detail. */
	ProblemDetail problem(HttpStatusCode status, String detail, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(this.messages.getMessage(ErrorView.of(status).titleKey(), null, locale));
		return problem;
	}

	/**
	 * Writes a problem where no controller answers (a filter noticed): the status's title
	 * in the caller's language (the locale the pages would use), and the detail of
	 * {@code detailKey}, or the status's explanation when it is null.
	 */
	public void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
			String detailKey) throws IOException {
		var locale = this.locales.resolveLocale(request);
		var problem = (detailKey != null) ? problem(status, this.messages.getMessage(detailKey, null, locale), locale)
				: problem(status, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		this.json.writeValue(response.getWriter(), problem);
	}

	/**
	 * Writes the 503 problem of a database that cannot be reached
	 * ({@link DatabaseUnavailable}), with {@code Retry-After}, where no controller
	 * answers (the API's sign-in).
	 */
	public void writeDatabaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		writeProblem(request, response, HttpStatus.SERVICE_UNAVAILABLE, null);
	}

	/**
	 * What an error page says: the status and the message keys of its title and text.
	 *
	 * @param status the HTTP status
	 * @param titleKey the title's message key
	 * @param textKey the explanation's message key
	 */
	public record ErrorView(int status, String titleKey, String textKey) {

		static ErrorView of(HttpStatusCode status) {
			var code = status.value();
			var group = DESCRIBED.contains(code) ? String.valueOf(code) : status.is4xxClientError() ? "4xx" : "5xx";
			return new ErrorView(code, "error." + group + ".title", "error." + group + ".text");
		}

	}

}
