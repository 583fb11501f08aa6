package com.tasktable.home;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

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

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aReporterSeesTheirObligationsForTheCurrentPeriod() throws Exception {
		this.mvc.perform(get("/").session(signIn("nanning")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reporter-section\""), containsString("南宁市：本期任务"),
					containsString("1.C.1"), containsString("例行新闻发布会"), not(containsString("1.R.1")),
					not(containsString("本期没有需要完成的任务")), not(containsString("id=\"reviewer-section\"")))));
		// returned records: folded into a strip that names their number, with their
		// reasons inside (the demo keeps one open for nanning)
		var returned = returnedStrip();
		Assertions.assertThat(returned).contains("退回理由：").doesNotContain("null");
		var count = nanningReturned();
		Assertions.assertThat(count).isPositive().isLessThanOrEqualTo(10);
		Assertions.assertThat(returned.split("<li ", -1)).hasSize(count.intValue() + 1);
		Assertions.assertThat(returned).contains("待修改 (" + count + ")").doesNotContain("id=\"returned-all\"");
		Assertions.assertThat(returned).containsPattern("<details class=\"[^\"]*\">").doesNotContain(" open");
	}

	@Test
	@Transactional
	void moreThanTenReturnedRecordsShowTheTenLatestAndALinkToAllOfThem() throws Exception {
		// eleven more returns than the demo has, rolled back after the test
		var reviewer = this.jdbc.queryForObject("select id from app_user where username = 'reviewer'", Long.class);
		var at = Timestamp.from(Instant.now(this.clock));
		for (var id : this.jdbc.queryForList("""
				select r.id from activity_record r join unit u on u.id = r.unit_id
				where u.code = 'nanning' and r.state = 'APPROVED' order by r.activity_date desc limit 11""",
				Long.class)) {
			this.jdbc.update("update activity_record set state = 'RETURNED', updated_at = ? where id = ?", at, id);
			this.jdbc.update("""
					insert into record_decision (record_id, action, reason, record_version, decided_by, decided_at)
					values (?, 'RETURNED', '请补充现场照片', 1, ?, ?)""", id, reviewer, at);
		}
		var count = nanningReturned();
		Assertions.assertThat(count).isGreaterThan(11);
		var returned = returnedStrip();
		Assertions.assertThat(returned.split("<li ", -1)).hasSize(11);
		Assertions.assertThat(returned).contains("待修改 (" + count + ")").contains("id=\"returned-all\"");
	}

	private String returnedStrip() throws Exception {
		var html = this.mvc.perform(get("/").session(signIn("nanning"))).andReturn().getResponse().getContentAsString();
		var returned = html.substring(html.indexOf("id=\"returned-records\""));
		return returned.substring(0, returned.indexOf("</section>"));
	}

	private Long nanningReturned() {
		return this.jdbc.queryForObject("""
				select count(*) from activity_record r join unit u on u.id = r.unit_id
				where u.code = 'nanning' and r.state = 'RETURNED'""", Long.class);
	}

	@Test
	void aReportersObligationsAreCardsMostUrgentFirst() throws Exception {
		var html = this.mvc.perform(get("/").session(signIn("nanning"))).andReturn().getResponse().getContentAsString();
		Assertions.assertThat(html).doesNotContain("id=\"due-table\"").contains("id=\"due-cards\"");
		var card = Pattern.compile(
				"<article class=\"card h-100 obligation-card[^\"]*\" data-code=\"([^\"]+)\" data-status=\"([A-Z_]+)\" data-days=\"(-?\\d+)\" data-returned=\"(\\d+)\">(.*?)</article>",
				Pattern.DOTALL)
			.matcher(html);
		List<int[]> order = new ArrayList<>();
		int logButtons = 0;
		while (card.find()) {
			var status = card.group(2);
			int urgency = switch (status) {
				case "BEHIND", "MISSED" -> 0;
				case "DUE" -> 1;
				default -> Integer.parseInt(card.group(4)) > 0 ? 2 : 3;
			};
			order.add(new int[] { urgency, Integer.parseInt(card.group(3)) });
			Assertions.assertThat(card.group(5)).contains("class=\"progress-bar");
			if (card.group(5).contains("log-button")) {
				logButtons++;
				Assertions.assertThat(card.group(5)).contains("btn btn-primary w-100").contains(">登记</a>");
			}
		}
		Assertions.assertThat(order).hasSizeGreaterThan(15);
		Assertions.assertThat(logButtons).isPositive();
		Assertions.assertThat(order.stream().map(o -> o[0]).toList()).isSorted();
		Assertions.assertThat(order.stream().filter(o -> o[0] == 1).map(o -> o[1]).toList()).isSorted();
		// the demo has a city behind somewhere: it comes first, with a red edge
		if (order.get(0)[0] == 0) {
			Assertions.assertThat(html).contains("obligation-card border-danger border-2");
		}
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
