package com.tasktable.campaigns.web;

import java.util.List;

import com.tasktable.AdministrationTest;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.records.RecordFixtures;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every administration page renders in Chinese and in English with every label found, and
 * none of them is open to a reviewer.
 */
@AdministrationTest
class AdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void everyPageInBothLanguages(String lang) throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		var reviewer = RecordFixtures.signIn(this.mvc, "reviewer");
		var obligation = this.campaigns
			.obligation(UnitScope.of(this.units.byCode("guangxi")), "guangxi-2018-2020", "10.C.1")
			.id();
		var row = this.jdbc.queryForObject("select min(id) from task_item", Long.class);
		var user = this.jdbc.queryForObject("select id from app_user where username = 'nanning'", Long.class);
		for (var path : List.of("/admin/campaigns", "/admin/campaigns/new", "/admin/campaigns/guangxi-2018-2020",
				"/admin/campaigns/guangxi-2018-2020/edit", "/admin/campaigns/guangxi-2018-2020/clone",
				"/admin/campaigns/guangxi-2018-2020/rows/new", "/admin/campaigns/guangxi-2018-2020/import",
				"/admin/rows/" + row, "/admin/rows/" + row + "/obligations/new", "/admin/obligations/" + obligation,
				"/admin/obligations/" + obligation + "/edit", "/admin/obligations/" + obligation + "/phases",
				"/admin/units", "/admin/units/nanning", "/admin/users", "/admin/users/new", "/admin/users/" + user,
				"/admin/officers", "/account/password")) {
			var page = this.mvc.perform(get(path).param("lang", lang).session(admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(path).doesNotContain("??").contains("<h1");
			if (path.startsWith("/admin/")) {
				this.mvc.perform(get(path).session(reviewer)).andExpect(status().isForbidden());
			}
		}
	}

}
