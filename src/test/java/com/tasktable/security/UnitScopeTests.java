package com.tasktable.security;

import java.time.Duration;

import com.tasktable.IntegrationTest;
import com.tasktable.users.ApiTokens;
import com.tasktable.users.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reporter sees and changes only their own unit's data, whatever the URL says. */
@IntegrationTest
class UnitScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCityReporterCannotOpenAnotherCitysPage() throws Exception {
		this.mvc.perform(get("/units/nanning").with(httpBasicSession("nanning")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("南宁市")));
		this.mvc.perform(get("/units/liuzhou").with(httpBasicSession("nanning")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("柳州市生态环境局"))));
		this.mvc.perform(get("/units/guangxi").with(httpBasicSession("nanning"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/units/no-such-unit").with(httpBasicSession("nanning"))).andExpect(status().isNotFound());
	}

	@Test
	void theRegionsReviewerSeesEveryCity() throws Exception {
		this.mvc.perform(get("/units/liuzhou").with(httpBasicSession("reviewer"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/units").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(15)));
	}

	@Test
	void theApiListsOnlyTheReportersOwnUnit() throws Exception {
		this.mvc.perform(get("/api/v1/units").with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("nanning"));
		this.mvc.perform(get("/api/v1/units/liuzhou").with(httpBasic("nanning", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void phaseDatesOfOtherCitiesAreNotShownToAReporter() throws Exception {
		this.mvc.perform(get("/api/v1/campaigns/guangxi-2018-2020/obligations").with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '12.C.1')].phases.nanning").value("2018-10-01"))
			.andExpect(jsonPath("$[?(@.code == '12.C.1')].phases.liuzhou").isEmpty());
	}

	@Test
	void aTamperedTokenIdRevokesNothing() throws Exception {
		var liuzhou = this.users.findForLogin("liuzhou").orElseThrow().user();
		var raw = this.tokens.create(liuzhou, "screen", Duration.ofDays(1));
		Long tokenId = this.jdbc.queryForObject("select max(id) from api_token where user_id = ?", Long.class,
				liuzhou.id());

		this.mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(httpBasicSession("nanning")).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.jdbc.queryForObject("select revoked_at is null from api_token where id = ?", Boolean.class,
				tokenId))
			.isTrue();
		this.mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + raw))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("liuzhou"));
	}

	@Test
	void anUnknownCampaignIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/campaigns/no-such-campaign/obligations").with(httpBasic("nanning", "demo")))
			.andExpect(status().isNotFound());
	}

	/** Signs the page request in as a demo account, as the session would. */
	private RequestPostProcessor httpBasicSession(String username) {
		var account = this.users.findForLogin(username).orElseThrow();
		return user(new AuthenticatedUser(account));
	}

}
