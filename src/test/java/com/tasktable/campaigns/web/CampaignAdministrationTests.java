package com.tasktable.campaigns.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.AdministrationTest;
import com.tasktable.Html;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.records.RecordFixtures;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The next campaign without a programmer: 2021–2025 cloned from 2018–2020 with its rows,
 * obligations and weights and the chosen phase dates; a campaign created and edited; a
 * row and an obligation added.
 */
@AdministrationTest
class CampaignAdministrationTests {

	static final String SOURCE = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = RecordFixtures.signIn(this.mvc, "admin");
	}

	@Test
	void cloneIntoTheNextFiveYears() throws Exception {
		var sourceEnd = LocalDate.of(2020, 12, 31);
		var source = this.campaigns.taskTable(root(), SOURCE, sourceEnd)
			.stream()
			.filter(o -> o.effectiveTo() == null || o.effectiveTo().isAfter(sourceEnd))
			.collect(Collectors.toMap(ObligationView::code, Function.identity()));

		this.mvc
			.perform(post("/admin/campaigns/" + SOURCE + "/clone").session(this.admin)
				.with(csrf())
				.param("code", "gx-2021-2025")
				.param("name", "广西生态环境宣传工作（2021—2025年）")
				.param("nameEn", "Guangxi environmental publicity (2021–2025)")
				.param("startDate", "2021-01-01")
				.param("endDate", "2025-12-31")
				.param("keepPhasesOf", "nanning", "liuzhou"))
			.andExpect(redirectedUrl("/admin/campaigns/gx-2021-2025"));

		var clone = this.campaigns.get(root(), "gx-2021-2025");
		assertThat(clone.startDate()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(clone.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(clone.timeZone().getId()).isEqualTo("Asia/Shanghai");
		var table = this.campaigns.taskTable(root(), "gx-2021-2025", LocalDate.of(2023, 6, 1))
			.stream()
			.collect(Collectors.toMap(ObligationView::code, Function.identity()));
		assertThat(table.keySet()).isEqualTo(source.keySet());
		table.forEach((code, o) -> {
			var was = source.get(code);
			assertThat(o.versions()).as(code).hasSize(1);
			assertThat(o.effectiveFrom()).as(code).isEqualTo(was.effectiveFrom().plusYears(3));
			assertThat(o.terms().weight()).as(code).isEqualByComparingTo(was.terms().weight());
			assertThat(o.terms().kind()).as(code).isEqualTo(was.terms().kind());
			assertThat(o.terms().frequency()).as(code).isEqualTo(was.termsOn(sourceEnd).frequency());
			assertThat(o.terms().text()).as(code).isEqualTo(was.terms().text());
			assertThat(o.shortName()).as(code).isNotBlank().isEqualTo(was.shortName());
			assertThat(o.shortNameEn()).as(code).isEqualTo(was.shortNameEn());
		});
		assertThat(table.get("12.C.1").phases()).containsOnlyKeys("nanning", "liuzhou")
			.containsEntry("nanning", LocalDate.of(2021, 10, 1));
		assertThat(table.get("2.C.1").terms().deadline()).isEqualTo(LocalDate.of(2021, 12, 31));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CAMPAIGN_CLONED' and details ->> 'from' = ?"
						+ " and details ->> 'code' = 'gx-2021-2025'",
				Integer.class, SOURCE))
			.isEqualTo(1);
		this.mvc
			.perform(get("/api/v1/compliance").param("campaign", "gx-2021-2025")
				.param("year", "2021")
				.param("quarter", "1")
				.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk());
	}

	@Test
	void createAndEditACampaignWithARowAndAnObligation() throws Exception {
		var refused = this.mvc
			.perform(post("/admin/campaigns").session(this.admin)
				.with(csrf())
				.param("code", SOURCE)
				.param("name", "")
				.param("startDate", "2022-01-01")
				.param("endDate", "2021-12-31")
				.param("timeZone", "Mars/Olympus")
				.param("lateAfterDays", "10")
				.param("lockAfterDays", "30")
				.param("rootUnitCode", "guangxi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(refused, "code-error")).isEqualTo("该代码已被使用。");
		assertThat(Html.text(refused, "name-error")).isEqualTo("必填。");
		assertThat(Html.text(refused, "endDate-error")).isEqualTo("结束日期不能早于开始日期。");
		assertThat(Html.text(refused, "timeZone-error")).contains("Asia/Shanghai");

		this.mvc
			.perform(post("/admin/campaigns").session(this.admin)
				.with(csrf())
				.param("code", "nanning-2022")
				.param("name", "南宁市环保信息宣传（2022年）")
				.param("startDate", "2022-01-01")
				.param("endDate", "2022-12-31")
				.param("timeZone", "Asia/Shanghai")
				.param("lateAfterDays", "10")
				.param("lockAfterDays", "30")
				.param("rootUnitCode", "nanning"))
			.andExpect(redirectedUrl("/admin/campaigns/nanning-2022"));
		var version = this.jdbc.queryForObject("select version from campaign where code = 'nanning-2022'", Long.class);
		this.mvc
			.perform(post("/admin/campaigns/nanning-2022/edit").session(this.admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("name", "南宁市环保信息宣传实施方案（2022年）")
				.param("startDate", "2022-01-01")
				.param("endDate", "2022-12-31")
				.param("timeZone", "Asia/Shanghai")
				.param("lateAfterDays", "7")
				.param("lockAfterDays", "30")
				.param("rootUnitCode", "nanning"))
			.andExpect(redirectedUrl("/admin/campaigns/nanning-2022"));
		var stale = this.mvc
			.perform(post("/admin/campaigns/nanning-2022/edit").session(this.admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("name", "南宁市（旧页面）")
				.param("startDate", "2022-01-01")
				.param("endDate", "2022-12-31")
				.param("timeZone", "Asia/Shanghai")
				.param("lateAfterDays", "10")
				.param("lockAfterDays", "30")
				.param("rootUnitCode", "nanning"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(stale, "edit-conflict")).contains("逾期天数 7 10");
		assertThat(this.campaigns.get(root(), "nanning-2022").lateAfterDays()).isEqualTo(7);

		var rowLocation = this.mvc
			.perform(post("/admin/campaigns/nanning-2022/rows").session(this.admin)
				.with(csrf())
				.param("number", "1")
				.param("category", "信息报送")
				.param("title", "环保信息报送"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var rowId = rowLocation.substring(rowLocation.lastIndexOf('/') + 1);
		this.mvc
			.perform(post("/admin/rows/" + rowId + "/obligations").session(this.admin)
				.with(csrf())
				.param("level", "CITY")
				.param("appliesFrom", "2022-01-01")
				.param("title", "每月报送信息")
				.param("text", "每月至少报送环保信息 2 条。")
				.param("kind", "COUNT_PER_PERIOD")
				.param("frequency", "MONTH")
				.param("minCount", "2"))
			.andExpect(status().is3xxRedirection());
		var created = this.campaigns.obligation(root(), "nanning-2022", "1.C.1");
		assertThat(created.terms().minCount()).isEqualTo(2);
		assertThat(created.terms().weight()).isEqualByComparingTo(BigDecimal.ZERO);
		var bad = this.mvc
			.perform(post("/admin/rows/" + rowId + "/obligations").session(this.admin)
				.with(csrf())
				.param("level", "CITY")
				.param("appliesFrom", "2023-01-01")
				.param("title", "覆盖")
				.param("text", "x")
				.param("kind", "COVERAGE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(bad, "appliesFrom-error")).contains("2022-12-31");
		assertThat(Html.text(bad, "frequency-error")).isEqualTo("必填。");
		assertThat(bad).contains("覆盖类别");
	}

	@Test
	void onlyTheAdministratorsCampaigns() throws Exception {
		this.mvc
			.perform(get("/admin/campaigns/" + SOURCE + "/clone").session(RecordFixtures.signIn(this.mvc, "reviewer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/campaigns/no-such/edit").session(this.admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/rows/999999").session(this.admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/campaigns/" + SOURCE + "/clone").session(this.admin)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/campaigns/" + SOURCE).session(this.admin)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/campaigns/new").session(this.admin)).andExpect(status().isOk());
	}

	private UnitScope root() {
		return UnitScope.of(this.units.byCode("guangxi"));
	}

}
