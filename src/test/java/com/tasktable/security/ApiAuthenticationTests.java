package com.tasktable.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import com.tasktable.IntegrationTest;
import com.tasktable.users.ApiTokens;
import com.tasktable.users.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API: stateless, HTTP Basic or personal access tokens, JSON errors. */
@IntegrationTest
class ApiAuthenticationTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anonymousRequestsGet401InJson() throws Exception {
		this.mvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void wrongBasicPasswordGets401() throws Exception {
		this.mvc.perform(get("/api/v1/units").with(httpBasic("nanning", "nope"))).andExpect(status().isUnauthorized());
	}

	@Test
	void basicAuthCreatesNoSession() throws Exception {
		var result = this.mvc.perform(get("/api/v1/units").with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void bearerTokenSignsInUntilRevoked() throws Exception {
		var owner = this.users.findForLogin("guilin").orElseThrow().user();
		var raw = this.tokens.create(owner, "data screen", Duration.ofDays(30));
		assertThat(raw).startsWith("tt_").hasSizeGreaterThan(40);

		this.mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + raw))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("guilin"));

		var stored = this.jdbc.queryForObject(
				"select token_hash from api_token where user_id = ? order by id desc limit 1", String.class,
				owner.id());
		assertThat(stored).hasSize(64).isNotEqualTo(raw).doesNotContain(raw.substring(3));

		var id = this.tokens.list(owner).get(0).id();
		this.tokens.revoke(owner, id);
		this.mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + raw))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void expiredAndUnknownTokensGet401() throws Exception {
		var owner = this.users.findForLogin("wuzhou").orElseThrow().user();
		var raw = this.tokens.create(owner, "old", Duration.ofDays(1));
		this.jdbc.update("update api_token set expires_at = ? where user_id = ?",
				Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(1))), owner.id());
		this.mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + raw))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/units").header("Authorization", "Bearer tt_made-up"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void obligationsOfTheTaskTable() throws Exception {
		this.mvc
			.perform(get("/api/v1/campaigns/guangxi-2018-2020/obligations").param("asOf", "2019-06-01")
				.with(httpBasic("guangxi", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(44))
			.andExpect(jsonPath("$[0].code").value("1.R.1"))
			.andExpect(jsonPath("$[0].frequency").value("TWO_MONTHS"))
			.andExpect(jsonPath("$[0].min").value(1));
	}

	@Test
	void openApiDescribesTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(user("nanning")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/units']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/campaigns/{code}/obligations']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units'].get.parameters").doesNotExist());
	}

}
