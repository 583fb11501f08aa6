package com.tasktable.units.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.tasktable.AdministrationTest;
import com.tasktable.Html;
import com.tasktable.records.RecordFixtures;
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
 * The unit tree: a county added under a city, a rename, and a city taken out from a date,
 * which is not judged from then on while its earlier quarters read as before.
 */
@AdministrationTest
class UnitTreeAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = RecordFixtures.signIn(this.mvc, "admin");
	}

	@Test
	void aCountyUnderACity() throws Exception {
		this.mvc
			.perform(post("/admin/units/nanning/children").session(this.admin)
				.with(csrf())
				.param("code", "qingxiu")
				.param("name", "青秀区")
				.param("nameEn", "Qingxiu District")
				.param("activeFrom", "2019-01-01"))
			.andExpect(redirectedUrl("/admin/units/qingxiu"));
		var row = this.jdbc
			.queryForMap("select level, path, active_from::text as from from unit where code = 'qingxiu'");
		assertThat(row).containsEntry("level", "COUNTY")
			.containsEntry("path", "/guangxi/nanning/qingxiu/")
			.containsEntry("from", "2019-01-01");
		assertThat(this.jdbc
			.queryForObject("select details ->> 'after' from audit_event where action = 'UNIT_CREATED' and entity_id = "
					+ "(select id::text from unit where code = 'qingxiu')", String.class))
			.contains("\"name\": \"青秀区\"");
		var list = this.mvc.perform(get("/admin/units").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list.indexOf("id=\"unit-qingxiu\"")).isGreaterThan(list.indexOf("id=\"unit-nanning\""))
			.isLessThan(list.indexOf("id=\"unit-liuzhou\""));
		this.mvc.perform(get("/api/v1/units/qingxiu").with(httpBasic("nanning", "demo"))).andExpect(status().isOk());

		var refused = this.mvc
			.perform(post("/admin/units/nanning/children").session(this.admin)
				.with(csrf())
				.param("code", "Qing Xiu")
				.param("name", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(refused, "child-code-error")).isEqualTo("代码为小写拼音、数字或连字符。");
		assertThat(Html.text(refused, "child-name-error")).isEqualTo("必填。");
		refused = this.mvc
			.perform(post("/admin/units/nanning/children").session(this.admin)
				.with(csrf())
				.param("code", "liuzhou")
				.param("name", "重名"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(refused, "child-code-error")).isEqualTo("该代码已被使用。");
		this.mvc
			.perform(post("/admin/units/qingxiu/children").session(this.admin)
				.with(csrf())
				.param("code", "village")
				.param("name", "村"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from unit where code in ('qing xiu', 'village')",
				Integer.class))
			.isZero();
	}

	@Test
	void renameKeepsTheCodeAndNeedsTheCurrentVersion() throws Exception {
		var version = version("wuzhou");
		this.mvc
			.perform(post("/admin/units/wuzhou").session(this.admin)
				.with(csrf())
				.param("name", "梧州市（更名测试）")
				.param("nameEn", "Wuzhou")
				.param("version", version))
			.andExpect(redirectedUrl("/admin/units/wuzhou"));
		var stale = this.mvc
			.perform(post("/admin/units/wuzhou").session(this.admin)
				.with(csrf())
				.param("name", "梧州市人民政府")
				.param("nameEn", "Wuzhou")
				.param("version", version))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(stale, "edit-conflict")).contains("名称 梧州市（更名测试） 梧州市人民政府");
		assertThat(stale).contains("value=\"梧州市人民政府\"");
		assertThat(this.jdbc.queryForObject("select name from unit where code = 'wuzhou'", String.class))
			.isEqualTo("梧州市（更名测试）");
		assertThat(this.jdbc.queryForObject(
				"select details ->> 'before' from audit_event where action = 'UNIT_RENAMED' and entity_id = "
						+ "(select id::text from unit where code = 'wuzhou')",
				String.class))
			.isEqualTo("{\"name\": \"梧州市\"}");
	}

	@Test
	void aCityTakenOutIsNotJudgedFromThatDayAndItsHistoryStays() throws Exception {
		var q4of2018 = cells(2018, 4, "hechi");
		var q2 = cells(2019, 2, "hechi");
		var q3 = cells(2019, 3, "hechi");
		assertThat(q3.values()).anySatisfy(c -> assertThat(c.get("status")).isNotEqualTo("NOT_APPLICABLE"));

		this.mvc
			.perform(post("/admin/units/hechi/active").session(this.admin)
				.with(csrf())
				.param("deactivateFrom", "2019-07-01")
				.param("version", version("hechi")))
			.andExpect(redirectedUrl("/admin/units/hechi"));

		assertThat(cells(2018, 4, "hechi")).isEqualTo(q4of2018);
		// Monthly and quarterly periods before July read as before. A yearly period
		// (June 5, a yearly target) that the unit only had part of is not judged: the
		// engine's rule for every partial period, as for a retired obligation.
		var q2After = cells(2019, 2, "hechi");
		for (var code : List.of("1.C.1", "2.C.2", "5.C.1", "5.C.2", "13.C.1")) {
			assertThat(q2After.get(code)).as(code).isEqualTo(q2.get(code));
		}
		assertThat(q2After.get("11.C.1").get("status")).isEqualTo("NOT_APPLICABLE");
		assertThat(cells(2019, 3, "hechi").values())
			.allSatisfy(c -> assertThat(c.get("status")).isEqualTo("NOT_APPLICABLE"));
		assertThat(this.jdbc.queryForObject("select count(*) from activity_record r join unit u on u.id = r.unit_id "
				+ "where u.code = 'hechi' and r.activity_date >= '2019-07-01'", Integer.class))
			.as("its records stay")
			.isPositive();
		assertThat(this.jdbc.queryForObject(
				"select details ->> 'after' from audit_event where action = 'UNIT_DEACTIVATED' and entity_id = "
						+ "(select id::text from unit where code = 'hechi')",
				String.class))
			.isEqualTo("{\"activeTo\": \"2019-06-30\"}");

		this.mvc
			.perform(post("/admin/units/hechi/active").session(this.admin)
				.with(csrf())
				.param("deactivateFrom", "")
				.param("version", version("hechi")))
			.andExpect(redirectedUrl("/admin/units/hechi"));
		assertThat(cells(2019, 3, "hechi")).isEqualTo(q3);
	}

	@Test
	void theCountiesOfACityTakenOutLeaveWithIt() throws Exception {
		this.mvc
			.perform(post("/admin/units/guilin/children").session(this.admin)
				.with(csrf())
				.param("code", "yangshuo")
				.param("name", "阳朔县"))
			.andExpect(redirectedUrl("/admin/units/yangshuo"));
		this.mvc
			.perform(post("/admin/units/guilin/children").session(this.admin)
				.with(csrf())
				.param("code", "lingui")
				.param("name", "临桂区")
				.param("activeFrom", "2020-03-01"))
			.andExpect(redirectedUrl("/admin/units/lingui"));
		var refused = this.mvc
			.perform(post("/admin/units/guilin/active").session(this.admin)
				.with(csrf())
				.param("deactivateFrom", "2020-01-01")
				.param("version", version("guilin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(refused, "deactivateFrom-error")).contains("下级单位");
		this.mvc
			.perform(post("/admin/units/guilin/active").session(this.admin)
				.with(csrf())
				.param("deactivateFrom", "2020-07-01")
				.param("version", version("guilin")))
			.andExpect(redirectedUrl("/admin/units/guilin"));
		assertThat(this.jdbc.queryForList(
				"select code || ' ' || active_to from unit where code in ('guilin', 'yangshuo', 'lingui') order by code",
				String.class))
			.containsExactly("guilin 2020-06-30", "lingui 2020-06-30", "yangshuo 2020-06-30");
	}

	@Test
	void onlyAdministrators() throws Exception {
		this.mvc.perform(get("/admin/units").session(RecordFixtures.signIn(this.mvc, "reviewer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/units/no-such-unit").session(this.admin)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/units/guangxi/active").session(this.admin)
				.with(csrf())
				.param("deactivateFrom", "2019-07-01")
				.param("version", version("guangxi")))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select active_to from unit where code = 'guangxi'", Object.class))
			.isNull();
	}

	private String version(String code) {
		return String.valueOf(this.jdbc.queryForObject("select version from unit where code = ?", Long.class, code));
	}

	private Map<String, Map<String, Object>> cells(int year, int quarter, String unit) throws Exception {
		var json = this.mvc
			.perform(get("/api/v1/compliance").param("campaign", "guangxi-2018-2020")
				.param("year", String.valueOf(year))
				.param("quarter", String.valueOf(quarter))
				.param("unit", unit)
				.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Map<String, Object>>> found = JsonPath.read(json, "$.units[*].obligations");
		return found.get(0);
	}

}
