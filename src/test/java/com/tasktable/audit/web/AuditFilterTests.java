package com.tasktable.audit.web;

import java.util.List;

import com.tasktable.IntegrationTest;
import com.tasktable.audit.AuditEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each filter on its own, with days read in Asia/Shanghai: 16:00 UTC is already the next
 * day there.
 */
@IntegrationTest
@Transactional
class AuditFilterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession admin;

	@BeforeEach
	void threeEntries() throws Exception {
		var entries = new AuditEntries(this.jdbc);
		entries.entry("nanning", "f1")
			.type("filter-test")
			.by("zhang.san")
			.action("TEST_FILTER_A")
			.at("2001-03-01T15:59:59Z")
			.details("{\"title\": \"新闻发布会\"}")
			.save();
		entries.entry("liuzhou", "f2")
			.type("filter-test")
			.by("zhang.si")
			.action("TEST_FILTER_B")
			.at("2001-03-01T16:00:00Z")
			.save();
		entries.entry("guangxi", "f3")
			.type("filter-test")
			.by("li.si")
			.action("TEST_FILTER_A")
			.at("2001-03-05T00:00:00Z")
			.save();
		this.admin = (MockHttpSession) this.mvc.perform(formLogin().user("admin").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	@Test
	void byActorExactOrPrefixWhateverTheCase() throws Exception {
		assertThat(found("actor", "zhang.san")).containsExactly("f1");
		assertThat(found("actor", "ZHANG*")).containsExactly("f2", "f1");
		assertThat(found("actor", "zhang")).isEmpty();
		assertThat(found("actor", "zhang_*")).isEmpty();
	}

	@Test
	void byActionUnitAndEntity() throws Exception {
		assertThat(found("action", "TEST_FILTER_A")).containsExactly("f3", "f1");
		assertThat(found("unit", "nanning")).containsExactly("f1");
		assertThat(found("unit", "guangxi")).containsExactly("f3", "f2", "f1");
		assertThat(found("entityId", "f2")).containsExactly("f2");
	}

	@Test
	void byDaysInShanghaiBothEndsIncluded() throws Exception {
		assertThat(found("from", "2001-03-02")).containsExactly("f3", "f2");
		assertThat(found("to", "2001-03-01")).containsExactly("f1");
		assertThat(found("from", "2001-03-02", "to", "2001-03-02")).containsExactly("f2");
	}

	@Test
	void timesInShanghaiWithTheUtcInstantAndDetailsAsPairs() throws Exception {
		this.mvc.perform(get("/audit").param("entityType", "filter-test").param("entityId", "f2").session(this.admin))
			.andExpect(content().string(allOf(containsString("datetime=\"2001-03-01T16:00:00Z\""),
					containsString("2001-03-02 00:00:00"), containsString("柳州市"), containsString("zhang.si"))));
		this.mvc
			.perform(get("/audit").param("entityType", "filter-test")
				.param("entityId", "f1")
				.param("lang", "en")
				.session(this.admin))
			.andExpect(content().string(allOf(containsString("title=\"UTC: 2001-03-01T15:59:59Z\""),
					containsString("Nanning"), containsString(">Title</span>:"), containsString("新闻发布会"),
					containsString("href=\"/audit?entityType=filter-test&amp;entityId=f1\""))));
	}

	/** The entity ids the admin finds, in the order shown, among this class's entries. */
	private List<String> found(String... parameters) throws Exception {
		var request = get("/audit").param("entityType", "filter-test").session(this.admin);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		var result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		@SuppressWarnings("unchecked")
		var rows = (List<AuditRow>) result.getModelAndView().getModel().get("rows");
		assertThat(rows).as("results for %s", List.of(parameters)).isNotNull();
		return rows.stream().map(r -> r.entry().entityId()).toList();
	}

}
