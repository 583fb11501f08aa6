package com.tasktable.audit.web;

import java.util.List;

import com.tasktable.IntegrationTest;
import com.tasktable.audit.AuditEntries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages of 50, newest first, on the whole application (bad filter input, answered next to
 * its field and never a 500, is checked on the slice: {@link AuditControllerSliceTests}).
 */
@IntegrationTest
@Transactional
class AuditPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesOfFiftyNewestFirstWithTheTotal() throws Exception {
		var entries = new AuditEntries(this.jdbc);
		for (int i = 1; i <= 120; i++) {
			entries.entry("nanning", "p" + i).type("page-test").at("2002-01-01T00:00:00Z").save();
		}
		var session = signIn("reviewer");
		var first = page(session, "1");
		assertThat(first.rows()).hasSize(50);
		assertThat(first.rows().get(0).entry().entityId()).isEqualTo("p120");
		assertThat(first.pager()).extracting(Pagination::total, Pagination::current, Pagination::last)
			.containsExactly(120L, 1, 3);
		assertThat(page(session, "3").rows()).hasSize(20).last().extracting(r -> r.entry().entityId()).isEqualTo("p1");
		// a garbled page number is a 400 page naming it (BadParameterPageTests), no
		// longer page 1
		this.mvc.perform(get("/audit").param("entityType", "page-test").param("page", "not-a-number").session(session))
			.andExpect(status().isBadRequest());
		assertThat(page(session, "99").rows()).isEmpty();
		this.mvc.perform(get("/audit").param("entityType", "page-test").param("page", "2").session(session))
			.andExpect(content().string(allOf(containsString("120 条，第 2/3 页"),
					containsString("href=\"/audit?entityType=page-test&amp;page=3\""),
					containsString("href=\"/audit?entityType=page-test&amp;page=1\""))));
	}

	private Results page(MockHttpSession session, String page) throws Exception {
		var model = this.mvc
			.perform(get("/audit").param("entityType", "page-test").param("page", page).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		@SuppressWarnings("unchecked")
		var rows = (List<AuditRow>) model.get("rows");
		return new Results(rows, (Pagination) model.get("pager"));
	}

	private MockHttpSession signIn(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	record Results(List<AuditRow> rows, Pagination pager) {
	}

}
