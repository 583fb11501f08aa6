package com.tasktable.security;

import java.util.Set;

import com.tasktable.IntegrationTest;
import com.tasktable.MockMvcSessions;
import com.tasktable.users.Role;
import com.tasktable.users.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in, sessions, CSRF and headers of the pages, with the demo accounts on real
 * PostgreSQL.
 */
@IntegrationTest
class WebSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesRedirectToLoginWhenSignedOut() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/units/nanning")).andExpect(status().isFound());
		this.mvc.perform(get("/campaigns")).andExpect(status().isFound());
	}

	@Test
	void loginPageAndStaticResourcesArePublic() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void demoAccountsSignInAndTheSessionIdChanges() throws Exception {
		var session = new MockHttpSession();
		this.mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		var idBeforeLogin = MockMvcSessions.id(session);
		assertThat(idBeforeLogin).as("the login form's CSRF token is kept in a session").isNotNull();
		this.mvc
			.perform(
					post("/login").session(session).with(csrf()).param("username", "nanning").param("password", "demo"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		assertThat(MockMvcSessions.id(session)).isNotNull().isNotEqualTo(idBeforeLogin);
		assertThat(sessionRows(idBeforeLogin)).isZero();
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		for (var user : new String[] { "admin", "reviewer", "guangxi", "chongzuo" }) {
			this.mvc.perform(formLogin().user(user).password("demo")).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void theSessionIsARowOfTheDatabaseUnderThePersonsName() throws Exception {
		var session = signIn("nanning");
		// a page with forms: its CSRF token is kept in the session too
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		var id = MockMvcSessions.id(session);
		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, id))
			.isEqualTo("nanning");
		assertThat(this.jdbc.queryForList("""
				select a.attribute_name from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""", String.class,
				id))
			.contains("SPRING_SECURITY_CONTEXT", HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN");
		var timeout = this.jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, id);
		assertThat(timeout).as("server.servlet.session.timeout, 8 hours").isEqualTo(8 * 3600);
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		this.mvc.perform(formLogin().user("nanning").password("wrong")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		this.users.create(
				new Users.NewUser("former", "Former officer", null, "a-long-secret", "beihai", Set.of(Role.REPORTER)),
				"test");
		this.mvc.perform(formLogin().user("former").password("a-long-secret")).andExpect(redirectedUrl("/"));
		this.jdbc.update("update app_user set enabled = false where username = 'former'");
		this.mvc.perform(formLogin().user("former").password("a-long-secret")).andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = 'former'", Integer.class))
			.isPositive();
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		var session = signIn("nanning");
		this.mvc.perform(post("/account/tokens").session(session).param("name", "x").param("validDays", "3"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/account/tokens").session(session).with(csrf()).param("name", "x").param("validDays", "3"))
			.andExpect(status().isFound());
	}

	@Test
	void logoutDeletesTheSession() throws Exception {
		var session = signIn("nanning");
		var id = MockMvcSessions.id(session);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(sessionRows(id)).isZero();
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void securityHeadersWithAStrictContentSecurityPolicy() throws Exception {
		var response = this.mvc.perform(get("/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andReturn()
			.getResponse();
		var csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'").contains("object-src 'none'").doesNotContain("unsafe-inline");
	}

	@Test
	void adminPagesNeedTheAdminRole() throws Exception {
		this.mvc.perform(get("/actuator/metrics").session(signIn("nanning"))).andExpect(status().isForbidden());
	}

	private int sessionRows(String id) {
		return this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id);
	}

	private MockHttpSession signIn(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(user).password("demo"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
