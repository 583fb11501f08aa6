package com.tasktable.campaigns.web;

import java.util.Map;

import com.tasktable.AdministrationTest;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators name obligations on their page; the change is audited, not versioned.
 */
@AdministrationTest
class ObligationNamesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorRenamesAnObligationAndTheAuditKeepsBeforeAndAfter() throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		Map<String, Object> row = this.jdbc.queryForMap("""
				select o.id, o.version from obligation o join campaign c on c.id = o.campaign_id
				where c.code = 'guangxi-2018-2020' and o.code = '14.C.2'""");
		var id = ((Number) row.get("id")).longValue();
		var page = "/admin/obligations/" + id;
		this.mvc.perform(get(page).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"廉政活动宣传\"")));
		try {
			this.mvc
				.perform(post(page + "/names").session(admin)
					.with(csrf())
					.param("version", row.get("version").toString())
					.param("shortName", " 廉政宣传 ")
					.param("shortNameEn", ""))
				.andExpect(redirectedUrl(page))
				.andExpect(flash().attribute("success", "admin.obligation.renamed"));
			assertThat(this.jdbc.queryForMap("select short_name, short_name_en from obligation where id = ?", id))
				.containsEntry("short_name", "廉政宣传")
				.containsEntry("short_name_en", null);
			assertThat(this.jdbc.queryForObject("""
					select details::text from audit_event where action = 'OBLIGATION_RENAMED' and entity_id = ?
					order by id desc limit 1""", String.class, String.valueOf(id))).contains("廉政活动宣传", "廉政宣传",
					"Integrity publicity");
			// a stale version changes nothing
			this.mvc
				.perform(post(page + "/names").session(admin)
					.with(csrf())
					.param("version", row.get("version").toString())
					.param("shortName", "过期"))
				.andExpect(flash().attribute("error", "admin.conflict.reload"));
			this.mvc
				.perform(post(page + "/names").session(admin)
					.with(csrf())
					.param("version", versionOf(id))
					.param("shortName", "长".repeat(61)))
				.andExpect(flash().attribute("error", "admin.obligation.nameTooLong"));
		}
		finally {
			this.mvc.perform(post(page + "/names").session(admin)
				.with(csrf())
				.param("version", versionOf(id))
				.param("shortName", "廉政活动宣传")
				.param("shortNameEn", "Integrity publicity"));
		}
		assertThat(this.jdbc.queryForObject("select short_name from obligation where id = ?", String.class, id))
			.isEqualTo("廉政活动宣传");
	}

	@Test
	void reviewersMayNotRename() throws Exception {
		var id = this.jdbc.queryForObject("select min(id) from obligation", Long.class);
		this.mvc
			.perform(post("/admin/obligations/" + id + "/names").session(RecordFixtures.signIn(this.mvc, "reviewer"))
				.with(csrf())
				.param("version", "0")
				.param("shortName", "x"))
			.andExpect(status().isForbidden());
	}

	private String versionOf(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from obligation where id = ?", Long.class, id));
	}

}
