package com.tasktable.records;

import java.math.BigDecimal;

import com.tasktable.IntegrationTest;
import com.tasktable.campaigns.Campaigns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Metric readings (document 003: "WeChat followers reach 5,000 within the year"), which
 * the Guangxi table lacks: a small campaign of the city plan is made for the test.
 */
@IntegrationTest
class MetricRecordTests {

	static final String CAMPAIGN = "nanning-plan-metric-test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Campaigns campaigns;

	Long obligation;

	@BeforeEach
	void cityPlanWithAFollowerTarget() {
		var existing = this.jdbc.queryForList("""
				select o.id from obligation o join campaign c on c.id = o.campaign_id where c.code = ?""", Long.class,
				CAMPAIGN);
		if (!existing.isEmpty()) {
			this.obligation = existing.get(0);
			return;
		}
		var live = this.fixtures.live();
		// starts a day before the live campaign, so the live one stays "the campaign
		// running today"
		this.jdbc.update("""
				insert into campaign (code, name, root_unit_id, start_date, end_date)
				select ?, '市环保信息宣传工作实施方案（测试）', id, ?, ? from unit where code = 'guangxi'""", CAMPAIGN,
				live.startDate().minusDays(1), live.endDate());
		this.jdbc.update("""
				insert into task_item (campaign_id, number, category, title)
				select id, 1, '平台建设', '微信公众号' from campaign where code = ?""", CAMPAIGN);
		this.jdbc.update(
				"""
						insert into obligation (task_item_id, campaign_id, code, level, sequence, effective_from)
						select t.id, c.id, '1.C.1', 'CITY', 1, c.start_date from campaign c join task_item t on t.campaign_id = c.id
						where c.code = ?""",
				CAMPAIGN);
		this.obligation = this.jdbc.queryForObject(
				"select o.id from obligation o join campaign c on c.id = o.campaign_id where c.code = ?", Long.class,
				CAMPAIGN);
		this.jdbc.update(
				"""
						insert into obligation_version (obligation_id, valid_from, title, text, kind, metric_target, metric_unit)
						values (?, ?, '公众号粉丝数', '微信公众号订阅人数年内达到5000人', 'METRIC_TARGET', 5000, '人')""",
				this.obligation, live.startDate().minusDays(1));
		this.campaigns.evictCaches();
	}

	@Test
	void theFormAsksForAValueAndItsDate() throws Exception {
		var session = signIn(this.mvc, "nanning");
		this.mvc.perform(get("/records/new").param("obligation", this.obligation.toString()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"value\"")))
			.andExpect(content().string(containsString("数据截止日期")));
		this.mvc
			.perform(multipart("/records").param("obligation", this.obligation.toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("value", "-3")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入不小于 0 的数值")));
		this.mvc
			.perform(multipart("/records").param("obligation", this.obligation.toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("value", "4321")
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject(
				"select value from activity_record where obligation_id = ? order by id desc limit 1", BigDecimal.class,
				this.obligation))
			.isEqualByComparingTo("4321");
	}

	@Test
	void theApiTakesAReading() throws Exception {
		var body = """
				{"campaign": "%s", "unit": "nanning", "obligation": "1.C.1", "activityDate": "%s", "value": 4800}
				""".formatted(CAMPAIGN, this.fixtures.today());
		this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.record.value").value(4800))
			.andExpect(jsonPath("$.title").value("公众号粉丝数"));
		var noValue = body.replace(", \"value\": 4800", "");
		this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.content(noValue)
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
	}

}
