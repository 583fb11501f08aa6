package com.tasktable.directives.web;

import com.tasktable.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API lists the caller's directives: every unit for their issuer, the caller's own
 * unit for a reporter, nothing of other units.
 */
@IntegrationTest
class DirectiveApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DirectiveTestData data;

	@Test
	void eachCallerSeesTheirOwnPart() throws Exception {
		var id = this.data.issue("转发：接口测试");
		var units = "$[?(@.id == %d)].assignments[*].unit".formatted(id);
		this.mvc.perform(get("/api/v1/directives").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(units, containsInAnyOrder("nanning", "liuzhou")))
			.andExpect(jsonPath("$[?(@.id == %d)].issuingUnit".formatted(id), contains("guangxi")));
		this.mvc.perform(get("/api/v1/directives").with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(units, contains("nanning")))
			.andExpect(jsonPath("$[?(@.id == %d)].assignments[*].status".formatted(id), contains("OPEN")));
		this.mvc.perform(get("/api/v1/directives").with(httpBasic("guilin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)]".formatted(id), empty()));
	}

}
