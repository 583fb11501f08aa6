package com.tasktable.audit.web;

import java.util.Set;

import com.tasktable.IntegrationTest;
import com.tasktable.audit.AuditEntries;
import com.tasktable.users.Role;
import com.tasktable.users.Users;
import jakarta.persistence.EntityManagerFactory;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.hibernate.SessionFactory;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read the audit log and how much of it: reviewers and administrators, within
 * their unit scope; entries without a unit for administrators only. A page costs the same
 * few statements however long the log.
 */
@IntegrationTest
@Transactional
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Users users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void entriesInSeveralScopes() {
		var entries = new AuditEntries(this.jdbc);
		entries.entry("nanning", "scope-nanning").action("TEST_SCOPE").save();
		entries.entry("liuzhou", "scope-liuzhou").action("TEST_SCOPE").save();
		entries.entry("guangxi", "scope-guangxi").action("TEST_SCOPE").save();
		entries.entry(null, "scope-none").action("TEST_SCOPE").save();
	}

	@Test
	void reportersMayNotReadTheLogNorSeeTheLink() throws Exception {
		var session = signIn("nanning");
		this.mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").param("action", "TEST_SCOPE").session(session))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("scope-nanning"))));
		this.mvc.perform(get("/").session(session)).andExpect(content().string(not(containsString("href=\"/audit\""))));
		this.mvc.perform(get("/audit")).andExpect(status().isFound());
	}

	@Test
	void aCityReviewerSeesTheirCityOnly() throws Exception {
		this.users.create(new Users.NewUser("nanning-reviewer", "南宁市审核员", null, "a-long-secret", "nanning",
				Set.of(Role.REVIEWER)), "test");
		var session = (MockHttpSession) this.mvc.perform(formLogin().user("nanning-reviewer").password("a-long-secret"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/audit").param("action", "TEST_SCOPE").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("#scope-nanning"), not(containsString("#scope-liuzhou")),
					not(containsString("#scope-guangxi")), not(containsString("#scope-none")))));
		this.mvc.perform(get("/audit").param("unit", "liuzhou").session(session))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("auditFilter", "unit", "audit.filter.unknownUnit"))
			.andExpect(content().string(not(containsString("#scope-liuzhou"))));
	}

	@Test
	void theRegionsReviewerSeesEveryUnitButNotEntriesWithoutOne() throws Exception {
		var session = signIn("reviewer");
		this.mvc.perform(get("/").session(session)).andExpect(content().string(containsString("href=\"/audit\"")));
		this.mvc.perform(get("/audit").param("action", "TEST_SCOPE").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("#scope-nanning"), containsString("#scope-liuzhou"),
					containsString("#scope-guangxi"), not(containsString("#scope-none")))));
	}

	@Test
	void anAdministratorAtTheRootSeesEverything() throws Exception {
		this.mvc.perform(get("/audit").param("action", "TEST_SCOPE").session(signIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("#scope-nanning"), containsString("#scope-liuzhou"),
					containsString("#scope-guangxi"), containsString("#scope-none"))));
	}

	@Test
	void htmxGetsTheResultsFragmentAndABrowserThePage() throws Exception {
		var session = signIn("admin");
		this.mvc.perform(get("/audit").param("action", "TEST_SCOPE").header("HX-Request", "true").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(containsString("id=\"audit-results\""), containsString("#scope-nanning"),
					not(containsString("<html")), not(containsString("app-topbar")))));
		this.mvc
			.perform(get("/audit").header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true")
				.session(session))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"audit-results\""))));
		this.mvc.perform(get("/audit").session(session))
			.andExpect(content().string(allOf(containsString("<html"), containsString("app-topbar"),
					containsString("method=\"get\""), not(containsString("<script>")))));
	}

	@Test
	void entriesReadAsSentencesWithNamesLinksAndReasonsAndSignInsApart() throws Exception {
		var record = this.jdbc.queryForMap("""
				select r.id, r.title from activity_record r join unit u on u.id = r.unit_id
				where u.code = 'nanning' order by r.id limit 1""");
		var entries = new AuditEntries(this.jdbc);
		entries.entry("nanning", record.get("id").toString())
			.by("reviewer")
			.action("RECORD_RETURNED")
			.type("record")
			.at("2031-01-02T00:00:00Z")
			.details("{\"reason\": \"请补充现场照片\"}")
			.save();
		entries.entry("nanning", null).by("nanning").action("LOGIN").at("2031-01-02T00:00:00Z").save();
		var session = signIn("admin");
		var reviewerName = this.jdbc.queryForObject("select display_name from app_user where username = 'reviewer'",
				String.class);
		this.mvc.perform(get("/audit").param("unit", "nanning").param("from", "2031-01-01").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(reviewerName), containsString("退回记录"),
					containsString("《" + record.get("title") + "》"),
					containsString("href=\"/records/" + record.get("id") + "\""), containsString("理由：请补充现场照片"),
					not(containsString("title=\"LOGIN\"")))));
		this.mvc
			.perform(get("/audit").param("unit", "nanning")
				.param("from", "2031-01-01")
				.param("signIns", "true")
				.session(session))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("title=\"LOGIN\""), not(containsString("title=\"RECORD_RETURNED\"")))));
	}

	@Test
	void thePageTakesAsManyStatementsForManyEntriesAsForFew() throws Exception {
		var session = signIn("admin");
		var entries = new AuditEntries(this.jdbc);
		for (int i = 0; i < 60; i++) {
			entries.entry("nanning", "n" + i).type("count-test").details("{\"n\": " + i + "}").save();
		}
		long few = statementsFor(session);
		for (int i = 0; i < 300; i++) {
			entries.entry((i % 2 == 0) ? "liuzhou" : null, "m" + i).type("count-test").save();
		}
		long many = statementsFor(session);
		// units in scope, distinct actions, the page, the total
		assertThat(many).isEqualTo(few).isBetween(3L, 4L);
		// and in all, naming the page's actors and subjects too: the same for 60 as for
		// 360
		jdbcStatementsFor(session);
		var fewer = jdbcStatementsFor(session);
		for (int i = 0; i < 300; i++) {
			entries.entry("nanning", "k" + i).by("user" + i).type("count-test").save();
		}
		assertThat(jdbcStatementsFor(session)).isEqualTo(fewer);
	}

	private long statementsFor(MockHttpSession session) throws Exception {
		var statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			this.mvc.perform(get("/audit").param("entityType", "count-test").session(session))
				.andExpect(status().isOk());
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private long jdbcStatementsFor(MockHttpSession session) throws Exception {
		QueryCountHolder.clear();
		this.mvc.perform(get("/audit").param("entityType", "count-test").session(session)).andExpect(status().isOk());
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	private MockHttpSession signIn(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
