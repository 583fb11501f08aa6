package com.tasktable.security;

import java.time.Duration;

import com.tasktable.IntegrationTest;
import com.tasktable.users.ApiTokens;
import com.tasktable.users.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document opens with the API's own credentials (HTTP Basic, a personal
 * access token) as well as with a site session, describes both schemes and the paging of
 * the records, and is a 401 problem without credentials.
 */
@IntegrationTest
class ApiDocsAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Users users;

	@Test
	void readableWithBasicATokenOrASession() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
			.andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.security[*]").isNotEmpty())
			.andExpect(
					jsonPath("$.paths['/api/v1/records'].get.parameters[?(@.name == 'campaign')].required").value(true))
			.andExpect(jsonPath("$.paths['/api/v1/records'].get.description", containsString("page")));
		var owner = this.users.findForLogin("liuzhou").orElseThrow().user();
		var raw = this.tokens.create(owner, "api docs", Duration.ofDays(1));
		var result = this.mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + raw))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/compliance']").exists())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).as("no session made for a token").isNull();
		this.mvc.perform(get("/v3/api-docs").session(signIn(this.mvc, "nanning"))).andExpect(status().isOk());
	}

	@Test
	void anonymousOrBadCredentialsGet401() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("nanning", "wrong"))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer tt_unknown"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isUnauthorized());
	}

}
