package com.tasktable.security;

import java.util.Locale;

import com.tasktable.IntegrationTest;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's 401 and 403 problems speak the caller's language ({@code Accept-Language}),
 * whether the security filters answer (not signed in, a bad token) or the application
 * does (a role that may not), with their texts from the message bundles.
 */
@IntegrationTest
class ApiProblemLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	ProblemResponses problems;

	@Autowired
	RecordFixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void notSignedInIs401InTheCallersLanguage(String language) throws Exception {
		for (var path : new String[] { "/api/v1/units", "/v3/api-docs" }) {
			expect(this.mvc.perform(get(path).header("Accept-Language", language)), 401, "error.401.text", language)
				.andExpect(header().string("WWW-Authenticate", "Basic realm=\"task-table\", Bearer"));
		}
		expect(this.mvc.perform(
				get("/api/v1/units").header("Authorization", "Bearer tt_nope").header("Accept-Language", language)),
				401, "error.401.text", language);
		expect(this.mvc
			.perform(get("/api/v1/units").with(httpBasic("nanning", "wrong")).header("Accept-Language", language)), 401,
				"error.401.text", language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void aRoleThatMayNotIs403InTheCallersLanguage(String language) throws Exception {
		var record = """
				{"unit": "liuzhou", "obligation": "1.C.1", "activityDate": "%s", "title": "审核员不登记"}
				""".formatted(this.fixtures.today());
		expect(this.mvc.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
			.content(record)
			.with(httpBasic("reviewer", "demo"))
			.header("Accept-Language", language)), 403, "error.403.text", language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void theFiltersOwn403IsInTheCallersLanguageToo(String language) throws Exception {
		var request = new MockHttpServletRequest("GET", "/api/v1/units");
		request.addHeader("Accept-Language", language);
		var response = new MockHttpServletResponse();
		this.problems.forbidden().handle(request, response, new AccessDeniedException("no"));
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getContentAsString()).contains("\"title\":\"" + message("error.403.title", language))
			.contains("\"detail\":\"" + message("error.403.text", language));
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void theTextsAreTheBundlesNotKeys(String language) {
		var title = message("error.401.title", language);
		assertThat(title).isEqualTo(language.equals("en") ? "Sign-in required" : "需要登录");
		assertThat(message("error.401.text", language)).doesNotContain("error.").isNotBlank();
	}

	private ResultActions expect(ResultActions result, int status, String detailKey, String language) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").value(message("error." + status + ".title", language)))
			.andExpect(jsonPath("$.detail").value(message(detailKey, language)));
	}

	private String message(String key, String language) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

}
