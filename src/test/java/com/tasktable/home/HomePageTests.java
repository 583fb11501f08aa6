package com.tasktable.home;

import com.tasktable.IntegrationTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role lands on a home page made for it, in Chinese by default and in English on
 * request.
 */
@IntegrationTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aReporterSeesTheirObligationsForTheCurrentPeriod() throws Exception {
		this.mvc.perform(get("/").session(signIn("nanning")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reporter-section\""), containsString("南宁市：本期任务"),
					containsString("1.C.1"), containsString("例行新闻发布会"), not(containsString("1.R.1")),
					not(containsString("本期没有需要完成的任务")), not(containsString("id=\"reviewer-section\"")))));
		// returned records: the ten latest with their reasons, and a link to all of them
		var html = this.mvc.perform(get("/").session(signIn("nanning"))).andReturn().getResponse().getContentAsString();
		var returned = html.substring(html.indexOf("id=\"returned-records\""));
		returned = returned.substring(0, returned.indexOf("</section>"));
		Assertions.assertThat(returned.split("<li>", -1)).hasSizeLessThanOrEqualTo(11);
		Assertions.assertThat(returned).contains("退回理由：").doesNotContain("null");
		Assertions.assertThat(returned).contains("id=\"returned-all\"");
	}

	@Test
	void aReviewerSeesTheUnitsTheyReview() throws Exception {
		this.mvc.perform(get("/").session(signIn("reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reviewer-section\""), containsString("柳州市"),
					containsString("崇左市"), not(containsString("id=\"reporter-section\"")))));
	}

	@Test
	void anAdministratorSeesTheCampaignsAndTheirTaskTable() throws Exception {
		var session = signIn("admin");
		this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"admin-section\""), containsString("/campaigns/guangxi-2018-2020"))));
		this.mvc.perform(get("/campaigns/guangxi-2018-2020").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("obligation-12.C.1"),
					containsString("主动设置议题，至少每季度召开一次例行新闻发布会。"), containsString("2018-10-01"))));
	}

	@Test
	void englishOnRequest() throws Exception {
		var session = signIn("nanning");
		this.mvc.perform(get("/").param("lang", "en").session(session))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Nanning: due this period"), containsString("Regular press conference"))));
		this.mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("Sign in")));
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("登录")));
	}

	@Test
	void errorPagesShowNoStackTrace() throws Exception {
		this.mvc.perform(get("/units/liuzhou").session(signIn("nanning")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("未找到"), not(containsString("Exception")))));
	}

	private MockHttpSession signIn(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
