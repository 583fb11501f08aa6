package com.tasktable.security;

import com.tasktable.AdministrationTest;
import com.tasktable.records.RecordFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Repeated failed sign-ins pause the account (even with the right password) and the
 * address; the pause and every attempt are in the audit log; an administrator's unlock
 * lifts the account's pause.
 */
@AdministrationTest
class LoginThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LoginThrottle throttle;

	@Test
	void fiveFailuresPauseTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
		copyAccount("throttled1");
		assertThat(this.throttle.settings().userFailures()).isEqualTo(5);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login("throttled1", "guess-" + i, "10.1.0.1")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login("throttled1", "demo", "10.1.0.2")).andExpect(redirectedUrl("/login?throttled"));
		this.mvc.perform(get("/api/v1/units").with(httpBasic("throttled1", "demo")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/login").param("throttled", ""))
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("登录失败次数过多")));
		assertThat(count("LOGIN_FAILED", "throttled1")).isEqualTo(5);
		assertThat(count("LOGIN_THROTTLED", "throttled1")).isEqualTo(2);
		this.mvc.perform(login("nanning", "demo", "10.1.0.3")).andExpect(redirectedUrl("/"));

		var id = this.jdbc.queryForObject("select id from app_user where username = 'throttled1'", Long.class);
		this.mvc
			.perform(post("/admin/users/" + id + "/unlock").session(RecordFixtures.signIn(this.mvc, "admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id));
		this.mvc.perform(login("throttled1", "demo", "10.1.0.2")).andExpect(redirectedUrl("/"));
		assertThat(count("USER_UNLOCKED", "admin")).isPositive();
	}

	@Test
	void oneAddressTryingManyAccountsIsPaused() throws Exception {
		for (int i = 0; i < this.throttle.settings().addressFailures(); i++) {
			this.mvc.perform(login("nobody" + i, "guess", "10.2.0.1")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login("liuzhou", "demo", "10.2.0.1")).andExpect(redirectedUrl("/login?throttled"));
		this.mvc.perform(login("liuzhou", "demo", "10.2.0.2")).andExpect(redirectedUrl("/"));
	}

	private MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("username", username).param("password", password);
	}

	private void copyAccount(String username) {
		this.jdbc.update("""
				insert into app_user (username, display_name, password_hash, unit_id)
				select ?, display_name, password_hash, unit_id from app_user where username = 'nanning'""", username);
		this.jdbc.update("""
				insert into app_user_role (user_id, role) select id, 'REPORTER' from app_user where username = ?""",
				username);
	}

	private int count(String action, String actor) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?",
				Integer.class, action, actor);
	}

}
