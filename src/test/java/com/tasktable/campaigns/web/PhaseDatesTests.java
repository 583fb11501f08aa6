package com.tasktable.campaigns.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.tasktable.AdministrationTest;
import com.tasktable.HistoryConfirmations;
import com.tasktable.Html;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.records.RecordFixtures;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The phase dates of row 12 for all fourteen cities in one table: a city moved to a later
 * phase is not judged before it; a date outside the campaign is refused next to its unit.
 */
@AdministrationTest
class PhaseDatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyCityInOneTable() throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		var openDays = obligation("12.C.1");
		var page = this.mvc.perform(get("/admin/obligations/" + openDays.id() + "/phases").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.bodyRows(Html.element(page, "phases-form"))).hasSize(14);
		assertThat(page).contains("id=\"start-nanning\"").contains("value=\"2018-10-01\"");

		assertThat(cityStatus(2019, 1, "beihai")).isNotEqualTo("NOT_APPLICABLE");
		var request = post("/admin/obligations/" + openDays.id() + "/phases").session(admin)
			.with(csrf())
			.param("version", String.valueOf(AdminRequests.lockVersion(this.jdbc, openDays.id())));
		var starts = new LinkedHashMap<String, String>();
		openDays.phases().forEach((code, start) -> starts.put(code, start.toString()));
		starts.put("beihai", "2019-07-01");
		starts.put("hezhou", "");
		starts.forEach((code, start) -> request.param(param(code), start));
		HistoryConfirmations.confirmed(this.mvc, request).andExpect(status().is3xxRedirection());

		var after = obligation("12.C.1");
		assertThat(after.phases()).containsEntry("beihai", LocalDate.of(2019, 7, 1))
			.containsEntry("nanning", LocalDate.of(2018, 10, 1))
			.doesNotContainKey("hezhou");
		assertThat(cityStatus(2019, 1, "beihai")).isEqualTo("NOT_APPLICABLE");
		assertThat(cityStatus(2018, 4, "nanning")).isNotEqualTo("NOT_APPLICABLE");
		assertThat(this.jdbc.queryForObject(
				"select details ->> 'after' from audit_event where action = 'OBLIGATION_PHASES_CHANGED' and entity_id = ?",
				String.class, openDays.id().toString()))
			.contains("\"beihai\": \"2019-07-01\"");
	}

	@Test
	void aDateOutsideTheCampaignIsRefusedNextToItsUnit() throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		var facilities = obligation("12.C.2");
		var version = AdminRequests.lockVersion(this.jdbc, facilities.id());
		var page = this.mvc
			.perform(post("/admin/obligations/" + facilities.id() + "/phases").session(admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param(param("nanning"), "2017-01-01")
				.param(param("liuzhou"), "not a date")
				.param(param("guilin"), "2019-01-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("is-invalid");
		assertThat(Html.text(page, "phases-form")).contains("请按 yyyy-MM-dd 填写日期");
		assertThat(obligation("12.C.2").phases()).isEqualTo(facilities.phases());
		this.mvc
			.perform(post("/admin/obligations/" + facilities.id() + "/phases").session(admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param(param("nanning"), "2017-01-01"))
			.andExpect(status().isOk());
		assertThat(obligation("12.C.2").phases()).isEqualTo(facilities.phases());
		assertThat(AdminRequests.lockVersion(this.jdbc, facilities.id())).isEqualTo(version);
	}

	@Test
	void aTamperedUnitIdIsA400NamingItAndChangesNothing() throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		var facilities = obligation("12.C.2");
		var version = AdminRequests.lockVersion(this.jdbc, facilities.id());
		for (var tampered : List.of("start[abc]", "start[1x]", "start[99999999999999999999]")) {
			var page = this.mvc
				.perform(post("/admin/obligations/" + facilities.id() + "/phases").session(admin)
					.header("Accept-Language", "zh-CN")
					.with(csrf())
					.param("version", String.valueOf(version))
					.param(param("nanning"), "2019-01-01")
					.param(tampered, "2019-01-01"))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("参数 " + tampered + " 的值无效。");
		}
		this.mvc
			.perform(post("/admin/obligations/x" + facilities.id() + "/phases").session(admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param(param("nanning"), "2019-01-01"))
			.andExpect(status().isBadRequest());
		assertThat(obligation("12.C.2").phases()).isEqualTo(facilities.phases());
		assertThat(AdminRequests.lockVersion(this.jdbc, facilities.id())).isEqualTo(version);
	}

	private String param(String unitCode) {
		return "start[" + this.units.byCode(unitCode).id() + "]";
	}

	private String cityStatus(int year, int quarter, String unit) throws Exception {
		var json = this.mvc
			.perform(get("/api/v1/compliance").param("campaign", "guangxi-2018-2020")
				.param("year", String.valueOf(year))
				.param("quarter", String.valueOf(quarter))
				.param("unit", unit)
				.with(httpBasic("reviewer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.units[0].obligations['12.C.1'].status");
	}

	ObligationView obligation(String code) {
		return this.campaigns.obligation(UnitScope.of(this.units.byCode("guangxi")), "guangxi-2018-2020", code);
	}

}
