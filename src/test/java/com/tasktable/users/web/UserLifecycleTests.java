package com.tasktable.users.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.tasktable.AdministrationTest;
import com.tasktable.Html;
import com.tasktable.records.RecordFixtures;
import com.tasktable.users.ApiTokens;
import com.tasktable.users.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account's life: created with a temporary password that must be changed at the first
 * sign-in, edited, disabled (its open sessions end at once), enabled, given a new
 * temporary password; the password rules; every step audited.
 */
@AdministrationTest
class UserLifecycleTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Users users;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = RecordFixtures.signIn(this.mvc, "admin");
	}

	@Test
	void aNewAccountMustChooseItsOwnPasswordFirst() throws Exception {
		var username = "officer" + SEQUENCE.incrementAndGet();
		var id = create(username, "Temporary-Pass-7");
		assertThat(this.jdbc.queryForObject(
				"select details ->> 'after' from audit_event where action = 'USER_CREATED' " + "and entity_id = ?",
				String.class, id.toString()))
			.contains("\"roles\": \"[REPORTER]\"")
			.contains("\"informationOfficer\": \"true\"");

		var session = signIn(username, "Temporary-Pass-7");
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/api/v1/units").with(httpBasic(username, "Temporary-Pass-7")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("无权访问"))
			.andExpect(jsonPath("$.detail").value(containsString("临时密码")));
		this.mvc
			.perform(get("/api/v1/units").with(httpBasic(username, "Temporary-Pass-7")).header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Not allowed"))
			.andExpect(jsonPath("$.detail").value(containsString("temporary one: change it at /account/password")));
		var page = this.mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"must-change\"");

		var refused = changePassword(session, "Temporary-Pass-7", "password123", "password123");
		assertThat(Html.text(refused, "newPassword-error")).contains("常见密码");
		refused = changePassword(session, "wrong", "short", "short");
		assertThat(Html.text(refused, "currentPassword-error")).isEqualTo("当前密码不正确。");
		assertThat(Html.text(refused, "newPassword-error")).isEqualTo("密码至少需要 8 个字符。");
		refused = changePassword(session, "Temporary-Pass-7", "Lijiang river at dawn", "Lijiang river at dusk");
		assertThat(Html.text(refused, "confirmation-error")).isEqualTo("两次输入的新密码不一致。");
		refused = changePassword(session, "Temporary-Pass-7", "my-" + username + "-pw", "my-" + username + "-pw");
		assertThat(Html.text(refused, "newPassword-error")).isEqualTo("密码不能包含用户名。");

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "Temporary-Pass-7")
				.param("newPassword", "Lijiang river at dawn")
				.param("confirmation", "Lijiang river at dawn"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/units").with(httpBasic(username, "Lijiang river at dawn")))
			.andExpect(status().isOk());
		assertThat(
				this.jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, id))
			.isFalse();
		assertThat(count("PASSWORD_CHANGED", id)).isEqualTo(1);
	}

	@Test
	void changingYourOwnPasswordEndsYourOtherSessions() throws Exception {
		var username = "officer" + SEQUENCE.incrementAndGet();
		create(username, "Temporary-Pass-7");
		choosePassword(username, "Temporary-Pass-7", "Mountains and rivers 8");
		var here = signIn(username, "Mountains and rivers 8");
		var elsewhere = signIn(username, "Mountains and rivers 8");
		this.mvc
			.perform(post("/account/password").session(here)
				.with(csrf())
				.param("currentPassword", "Mountains and rivers 8")
				.param("newPassword", "Lijiang river at dawn")
				.param("confirmation", "Lijiang river at dawn"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/records").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/records").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void disablingEndsTheSessionsAtOnce() throws Exception {
		var username = "officer" + SEQUENCE.incrementAndGet();
		var id = create(username, "Temporary-Pass-7");
		choosePassword(username, "Temporary-Pass-7", "Mountains and rivers 8");
		var session = signIn(username, "Mountains and rivers 8");
		var other = signIn(username, "Mountains and rivers 8");
		this.mvc.perform(get("/records").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/" + id + "/enabled").session(this.admin)
				.with(csrf())
				.param("enabled", "false")
				.param("version", version(id)))
			.andExpect(redirectedUrl("/admin/users/" + id));

		this.mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/records").session(other)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(login(username, "Mountains and rivers 8")).andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.queryForObject(
				"select details ->> 'after' from audit_event where action = 'USER_DISABLED' and entity_id = ?",
				String.class, id.toString()))
			.isEqualTo("{\"enabled\": \"false\"}");

		this.mvc
			.perform(post("/admin/users/" + id + "/enabled").session(this.admin)
				.with(csrf())
				.param("enabled", "true")
				.param("version", version(id)))
			.andExpect(redirectedUrl("/admin/users/" + id));
		this.mvc.perform(login(username, "Mountains and rivers 8")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aTooShortPasswordSaysTheRealMinimumOnEveryForm() throws Exception {
		var username = "officer" + SEQUENCE.incrementAndGet();
		var id = create(username, "Temporary-Pass-7");
		// shows (and so spends) the creation's flash message
		this.mvc.perform(get("/admin/users/" + id).session(this.admin)).andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/users/" + id + "/password").session(this.admin)
				.with(csrf())
				.param("temporaryPassword", "short")
				.param("version", version(id)))
			.andExpect(redirectedUrl("/admin/users/" + id));
		var page = this.mvc.perform(get("/admin/users/" + id).session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("密码至少需要 8 个字符。").doesNotContain("{0}");
		assertThat(count("USER_PASSWORD_RESET", id)).isZero();

		var session = signIn(username, "Temporary-Pass-7");
		var own = changePassword(session, "Temporary-Pass-7", "short", "short");
		assertThat(Html.text(own, "newPassword-error")).isEqualTo("密码至少需要 8 个字符。");
		assertThat(own).doesNotContain("{0}");
	}

	/**
	 * 30 Chinese characters are 90 bytes, more than BCrypt takes: every form says so (it
	 * was a 500), and signing in with such a password is just a wrong password.
	 */
	@Test
	void aPasswordOverSeventyTwoBytesIsRefusedWithAReasonNeverA500() throws Exception {
		var username = "officer" + SEQUENCE.incrementAndGet();
		var id = create(username, "Temporary-Pass-7");
		this.mvc.perform(get("/admin/users/" + id).session(this.admin)).andExpect(status().isOk());
		var phrase = "青山绿水就是金山银山".repeat(3);
		this.mvc
			.perform(post("/admin/users/" + id + "/password").session(this.admin)
				.with(csrf())
				.param("temporaryPassword", phrase)
				.param("version", version(id)))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(this.mvc.perform(get("/admin/users/" + id).session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("密码最长 72 个字节");
		assertThat(count("USER_PASSWORD_RESET", id)).isZero();

		var session = signIn(username, "Temporary-Pass-7");
		var own = changePassword(session, "Temporary-Pass-7", phrase, phrase);
		assertThat(Html.text(own, "newPassword-error")).startsWith("密码最长 72 个字节");
		assertThat(changePassword(session, phrase, "Mountains and rivers 8", "Mountains and rivers 8"))
			.as("a long current password is a wrong one")
			.contains("当前密码不正确");
		this.mvc.perform(login(username, phrase)).andExpect(redirectedUrl("/login?error"));
		choosePassword(username, "Temporary-Pass-7", "青山绿水就是金山银山，保护环境人人有责");
	}

	@Test
	void aTemporaryPasswordEndsTheSessionsAndMustBeChanged() throws Exception {
		var username = "officer" + SEQUENCE.incrementAndGet();
		var id = create(username, "Temporary-Pass-7");
		choosePassword(username, "Temporary-Pass-7", "Mountains and rivers 8");
		var session = signIn(username, "Mountains and rivers 8");

		this.mvc
			.perform(post("/admin/users/" + id + "/password").session(this.admin)
				.with(csrf())
				.param("temporaryPassword", "12345678")
				.param("version", version(id)))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(count("USER_PASSWORD_RESET", id)).isZero();
		this.mvc.perform(get("/records").session(session)).andExpect(status().isOk());
		var token = this.tokens.create(this.users.findForLogin(username).orElseThrow().user(), "脚本",
				Duration.ofDays(30));
		this.mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/" + id + "/password").session(this.admin)
				.with(csrf())
				.param("temporaryPassword", "Second-Temp-9")
				.param("version", version(id)))
			.andExpect(redirectedUrl("/admin/users/" + id));
		this.mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(login(username, "Mountains and rivers 8")).andExpect(redirectedUrl("/login?error"));
		var fresh = signIn(username, "Second-Temp-9");
		this.mvc.perform(get("/").session(fresh)).andExpect(redirectedUrl("/account/password"));
		assertThat(count("USER_PASSWORD_RESET", id)).isEqualTo(1);
		// the tokens made with the old password end too
		this.mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theFormRefusesBadValuesNextToTheirFields() throws Exception {
		var page = this.mvc
			.perform(post("/admin/users").session(this.admin)
				.with(csrf())
				.param("username", "Bad Name")
				.param("password", "qwerty123")
				.param("displayName", "")
				.param("email", "not-an-address")
				.param("unitCode", "nowhere"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page, "username-error")).contains("小写字母");
		assertThat(Html.text(page, "password-error")).contains("常见密码");
		assertThat(Html.text(page, "displayName-error")).isEqualTo("必填。");
		assertThat(Html.text(page, "email-error")).isEqualTo("请填写有效的电子邮箱。");
		assertThat(page).contains("请至少选择一个角色。");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = 'bad name'", Integer.class))
			.isZero();
		page = this.mvc
			.perform(post("/admin/users").session(this.admin)
				.with(csrf())
				.param("username", "nanning")
				.param("password", "short")
				.param("displayName", "x")
				.param("unitCode", "nanning")
				.param("roles", "REPORTER"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page, "username-error")).isEqualTo("该用户名已被使用。");
		assertThat(Html.text(page, "password-error")).isEqualTo("密码至少需要 8 个字符。");
	}

	@Test
	void twoAdministratorsEditingOneAccount() throws Exception {
		var username = "officer" + SEQUENCE.incrementAndGet();
		var id = create(username, "Temporary-Pass-7");
		var seen = version(id);
		this.mvc.perform(edit(id, seen).param("phone", "0771-1234567")).andExpect(status().is3xxRedirection());
		var page = this.mvc.perform(edit(id, seen).param("phone", "0771-7654321").param("position", "科长"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page, "edit-conflict")).contains("电话 0771-1234567 0771-7654321").contains("职务 科长");
		assertThat(this.jdbc.queryForObject("select phone from app_user where id = ?", String.class, id))
			.isEqualTo("0771-1234567");
	}

	@Test
	void onlyAdministratorsAndOnlyInsideTheirScope() throws Exception {
		this.mvc.perform(get("/admin/users").session(RecordFixtures.signIn(this.mvc, "reviewer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/999999").session(this.admin)).andExpect(status().isNotFound());
		var nanning = this.jdbc.queryForObject("select id from app_user where username = 'nanning'", Long.class);
		this.mvc
			.perform(post("/admin/users/" + nanning + "/enabled").session(RecordFixtures.signIn(this.mvc, "guangxi"))
				.with(csrf())
				.param("enabled", "false")
				.param("version", version(nanning)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, nanning))
			.isTrue();
		var self = this.jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
		this.mvc
			.perform(post("/admin/users/" + self + "/enabled").session(this.admin)
				.with(csrf())
				.param("enabled", "false")
				.param("version", version(self)))
			.andExpect(redirectedUrl("/admin/users/" + self));
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, self)).isTrue();
		var page = this.mvc
			.perform(post("/admin/users/" + self).session(this.admin)
				.with(csrf())
				.param("version", version(self))
				.param("displayName", "管理员")
				.param("unitCode", "guangxi")
				.param("roles", "REVIEWER"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("不能取消自己的管理员角色。");
		var list = this.mvc.perform(get("/admin/users").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("id=\"user-nanning\"").contains("id=\"user-reviewer\"");
	}

	private MockHttpServletRequestBuilder edit(Long id, String version) {
		return post("/admin/users/" + id).session(this.admin)
			.with(csrf())
			.param("version", version)
			.param("displayName", "信息员")
			.param("unitCode", "nanning")
			.param("roles", "REPORTER");
	}

	private Long create(String username, String password) throws Exception {
		var location = this.mvc
			.perform(post("/admin/users").session(this.admin)
				.with(csrf())
				.param("username", username)
				.param("password", password)
				.param("displayName", "南宁市信息员")
				.param("phone", "0771-5550000")
				.param("email", username + "@example.cn")
				.param("position", "信息员")
				.param("informationOfficer", "true")
				.param("unitCode", "nanning")
				.param("roles", "REPORTER"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private void choosePassword(String username, String temporary, String chosen) throws Exception {
		var session = signIn(username, temporary);
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", chosen)
				.param("confirmation", chosen))
			.andExpect(redirectedUrl("/"));
	}

	private String changePassword(MockHttpSession session, String current, String next, String again) throws Exception {
		return this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", current)
				.param("newPassword", next)
				.param("confirmation", again))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").with(csrf()).param("username", username).param("password", password);
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(login(username, password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private String version(Long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, id));
	}

	private int count(String action, Long id) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?",
				Integer.class, action, id.toString());
	}

}
