package com.tasktable.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.tasktable.AdministrationTest;
import com.tasktable.MockMvcSessions;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions are rows of the database, found by the person's name: disabling an account, a
 * new temporary password and new roles delete every row of the person (so every instance
 * sees them gone), a password the person changes deletes the others; and the account
 * check ends, within its minute, a session whose account was disabled behind the
 * application's back, or gives it its new roles.
 */
@AdministrationTest
class AccountSessionsTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	Clock clock;

	@Test
	void disablingDeletesEveryRowOfThePerson() throws Exception {
		var username = copyAccount();
		var one = signIn(username);
		var two = signIn(username);
		assertThat(rows(username)).hasSize(2)
			.containsExactlyInAnyOrder(MockMvcSessions.id(one), MockMvcSessions.id(two));
		this.mvc.perform(admin("/enabled", username).param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/users/" + id(username)));
		assertThat(rows(username)).isEmpty();
		this.mvc.perform(get("/records").session(one)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aTemporaryPasswordDeletesEveryRowOfThePerson() throws Exception {
		var username = copyAccount();
		signIn(username);
		this.mvc.perform(admin("/password", username).param("temporaryPassword", "Second-Temp-9"))
			.andExpect(redirectedUrl("/admin/users/" + id(username)));
		assertThat(rows(username)).isEmpty();
	}

	@Test
	void newRolesDeleteEveryRowOfThePersonButNotOtherEdits() throws Exception {
		var username = copyAccount();
		var session = signIn(username);
		this.mvc.perform(edit(username, "REPORTER").param("phone", "0771-1234567"))
			.andExpect(status().is3xxRedirection());
		assertThat(rows(username)).as("a new phone number leaves the sessions alone")
			.containsExactly(MockMvcSessions.id(session));
		this.mvc.perform(edit(username, "REVIEWER")).andExpect(status().is3xxRedirection());
		assertThat(rows(username)).isEmpty();
		this.mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void anAdministratorWhoGivesThemselvesARoleGoesOnWithIt() throws Exception {
		var username = copyAccount();
		this.jdbc.update("insert into app_user_role (user_id, role) values (?, 'ADMIN')", id(username));
		var here = signIn(username);
		var elsewhere = signIn(username);
		this.mvc.perform(get("/review").session(here)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/" + id(username)).session(here)
				.with(csrf())
				.param("version", version(username))
				.param("displayName", "信息员")
				.param("unitCode", "nanning")
				.param("roles", "ADMIN", "REVIEWER"))
			.andExpect(status().is3xxRedirection());
		assertThat(rows(username)).containsExactly(MockMvcSessions.id(here));
		this.mvc.perform(get("/review").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/records").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void ownPasswordChangeKeepsThisSessionAndDeletesTheOthers() throws Exception {
		var username = copyAccount();
		var here = signIn(username);
		signIn(username);
		this.mvc
			.perform(post("/account/password").session(here)
				.with(csrf())
				.param("currentPassword", "demo")
				.param("newPassword", "Lijiang river at dawn")
				.param("confirmation", "Lijiang river at dawn"))
			.andExpect(redirectedUrl("/"));
		assertThat(rows(username)).containsExactly(MockMvcSessions.id(here));
	}

	@Test
	void theAccountCheckEndsASessionWithinAMinuteOfAChangeBehindTheApplicationsBack() throws Exception {
		var username = copyAccount();
		var session = signIn(username);
		this.mvc.perform(get("/records").session(session)).andExpect(status().isOk());
		this.jdbc.update("update app_user set enabled = false where username = ?", username);
		this.mvc.perform(get("/records").session(session)).andExpect(status().isOk());
		lastCheckedAgo(session, Duration.ofSeconds(59));
		this.mvc.perform(get("/records").session(session)).andExpect(status().isOk());

		lastCheckedAgo(session, Duration.ofSeconds(61));
		this.mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/login?changed"));
		assertThat(rows(username)).isEmpty();
		this.mvc.perform(get("/login").param("changed", "").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account was disabled or locked")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'SESSION_ENDED' and actor = ?", Integer.class,
				username))
			.isEqualTo(1);
	}

	@Test
	void theAccountCheckGivesTheSessionItsNewRoles() throws Exception {
		var username = copyAccount();
		var session = signIn(username);
		this.mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
		this.jdbc.update("insert into app_user_role (user_id, role) values (?, 'REVIEWER')", id(username));
		this.mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
		lastCheckedAgo(session, Duration.ofMinutes(2));
		this.mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
		assertThat(rows(username)).containsExactly(MockMvcSessions.id(session));
	}

	/** As if the session's account was last checked this long ago (on any instance). */
	private void lastCheckedAgo(MockHttpSession session, Duration ago) {
		rewind(this.sessions, MockMvcSessions.id(session), ago);
	}

	private <S extends Session> void rewind(FindByIndexNameSessionRepository<S> repository, String id, Duration ago) {
		var stored = repository.findById(id);
		stored.setAttribute(AccountCheckFilter.CHECKED_AT, this.clock.instant().minus(ago));
		repository.save(stored);
	}

	private List<String> rows(String username) {
		return this.jdbc.queryForList("select session_id from spring_session where principal_name = ?", String.class,
				username);
	}

	private MockHttpServletRequestBuilder admin(String action, String username) throws Exception {
		return post("/admin/users/" + id(username) + action).session(RecordFixtures.signIn(this.mvc, "admin"))
			.with(csrf())
			.param("version", version(username));
	}

	private MockHttpServletRequestBuilder edit(String username, String role) throws Exception {
		return admin("", username).param("displayName", "信息员").param("unitCode", "nanning").param("roles", role);
	}

	private MockHttpSession signIn(String username) throws Exception {
		var session = RecordFixtures.signIn(this.mvc, username);
		assertThat(MockMvcSessions.id(session)).isNotNull();
		return session;
	}

	private String copyAccount() {
		var username = "sessions" + SEQUENCE.incrementAndGet();
		this.jdbc.update("""
				insert into app_user (username, display_name, password_hash, unit_id)
				select ?, display_name, password_hash, unit_id from app_user where username = 'nanning'""", username);
		this.jdbc.update("""
				insert into app_user_role (user_id, role) select id, 'REPORTER' from app_user where username = ?""",
				username);
		return username;
	}

	private Long id(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	private String version(String username) {
		return String
			.valueOf(this.jdbc.queryForObject("select version from app_user where username = ?", Long.class, username));
	}

}
