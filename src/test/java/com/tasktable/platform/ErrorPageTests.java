package com.tasktable.platform;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import com.tasktable.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error status as a page, as an htmx panel and as an API problem, in Chinese and in
 * English: never Spring's fallback page, never a raw message key. The servlet container's
 * error dispatch is played here by a request to {@code /error} with the attributes the
 * container sets; {@code ErrorDispatchServerTests} checks the real dispatch.
 */
@IntegrationTest
class ErrorPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	MockHttpSession reporter;

	@BeforeEach
	void signInAsReporter() throws Exception {
		this.reporter = signIn(this.mvc, "nanning");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "400, zh-CN, 400", "403, zh-CN, 403", "404, zh-CN, 404", "405, zh-CN, 405", "409, zh-CN, 409",
			"413, zh-CN, 413", "500, zh-CN, 5xx", "503, zh-CN, 503", "503, en, 503", "418, zh-CN, 4xx", "400, en, 400",
			"403, en, 403", "404, en, 404", "405, en, 405", "409, en, 409", "413, en, 413", "500, en, 5xx" })
	void theWholePageSaysWhatHappenedInTheUsersLanguage(int code, String language, String key) throws Exception {
		var locale = Locale.forLanguageTag(language);
		this.mvc.perform(dispatch(code, "/records").session(this.reporter).header("Accept-Language", language))
			.andExpect(status().is(code))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"error-panel\""),
					containsString("<title>" + message("error." + key + ".title", locale) + "</title>"),
					containsString(message("error." + key + ".text", locale)), containsString("app-topbar"),
					containsString("id=\"account-menu\""), not(containsString("??")), not(containsString("Whitelabel")),
					not(containsString("Exception")))));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "400, zh-CN, 400", "403, zh-CN, 403", "404, zh-CN, 404", "405, zh-CN, 405", "409, zh-CN, 409",
			"413, zh-CN, 413", "500, zh-CN, 5xx", "400, en, 400", "403, en, 403", "404, en, 404", "405, en, 405",
			"409, en, 409", "413, en, 413", "500, en, 5xx" })
	void anHtmxRequestGetsThePanelAloneRetargetedToThePagesAlertRegion(int code, String language, String key)
			throws Exception {
		var locale = Locale.forLanguageTag(language);
		this.mvc
			.perform(dispatch(code, "/records").session(this.reporter)
				.header("Accept-Language", language)
				.header("HX-Request", "true"))
			.andExpect(status().is(code))
			.andExpect(header().string("HX-Retarget", "#htmx-alert"))
			.andExpect(header().string("HX-Reswap", "innerHTML"))
			.andExpect(content().string(allOf(containsString("id=\"error-panel\""),
					containsString(message("error." + key + ".title", locale)),
					containsString(message("error." + key + ".text", locale)), not(containsString("<html")),
					not(containsString("app-topbar")), not(containsString("??")))));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "400, zh-CN, 400", "401, zh-CN, 401", "403, zh-CN, 403", "404, zh-CN, 404", "405, zh-CN, 405",
			"409, zh-CN, 409", "413, zh-CN, 413", "500, zh-CN, 5xx", "400, en, 400", "401, en, 401", "403, en, 403",
			"404, en, 404", "405, en, 405", "409, en, 409", "413, en, 413", "500, en, 5xx" })
	void theApiGetsAProblemInTheCallersLanguage(int code, String language, String key) throws Exception {
		var locale = Locale.forLanguageTag(language);
		this.mvc.perform(dispatch(code, "/api/v1/units").header("Accept-Language", language))
			.andExpect(status().is(code))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(code))
			.andExpect(jsonPath("$.title").value(message("error." + key + ".title", locale)))
			.andExpect(jsonPath("$.detail").value(message("error." + key + ".text", locale)));
	}

	@Test
	void aRecordThatIsNotThereIsThe404PageOrPanel() throws Exception {
		this.mvc.perform(get("/records/999999").session(this.reporter))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("<html"), containsString("<title>未找到</title>"))));
		this.mvc.perform(get("/records/999999").session(this.reporter).header("HX-Request", "true"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("HX-Retarget", "#htmx-alert"))
			.andExpect(content().string(allOf(containsString("未找到"), not(containsString("<html")))));
	}

	@Test
	void aBadParameterForHtmxIsThePanelNamingTheParameter() throws Exception {
		this.mvc
			.perform(get("/dashboard").param("year", "abc")
				.session(signIn(this.mvc, "reviewer"))
				.header("HX-Request", "true")
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("HX-Retarget", "#htmx-alert"))
			.andExpect(content().string(allOf(containsString("Invalid request"), containsString("<code>year</code>"),
					not(containsString("<html")))));
	}

	@Test
	void theApisOwnAnswersHaveTitlesInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(get("/api/v1/units/nowhere").with(httpBasic("nanning", "demo")).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"));
	}

	/**
	 * A security filter that could not reach the database (a bearer token looked up while
	 * the server restarts) reaches the container's error dispatch as a 500: it is a 503
	 * "try again" with {@code Retry-After}; any other failure stays a 500.
	 */
	@Test
	void aFilterThatCouldNotReachTheDatabaseIsA503() throws Exception {
		var outage = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms."));
		this.mvc
			.perform(dispatch(500, "/api/v1/units").requestAttr(RequestDispatcher.ERROR_EXCEPTION, outage)
				.header("Accept-Language", "en"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value(message("error.503.title", Locale.ENGLISH)));
		this.mvc
			.perform(dispatch(500, "/records").requestAttr(RequestDispatcher.ERROR_EXCEPTION, outage)
				.session(this.reporter))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(
					containsString("<title>" + message("error.503.title", Locale.SIMPLIFIED_CHINESE) + "</title>")));
		this.mvc
			.perform(dispatch(500, "/api/v1/units").requestAttr(RequestDispatcher.ERROR_EXCEPTION,
					new DataIntegrityViolationException("duplicate")))
			.andExpect(status().isInternalServerError())
			.andExpect(header().doesNotExist("Retry-After"));
	}

	private static MockHttpServletRequestBuilder dispatch(int code, String uri) {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
