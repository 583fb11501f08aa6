package com.tasktable.campaigns.web;

import java.time.LocalDate;
import java.util.Map;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two administrators edit the same obligation from the same page: the second is told what
 * the first saved, keeps what they typed, and nothing of the first is lost.
 */
@AdministrationTest
class ConcurrentEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecondAdministratorSeesWhatTheFirstSavedAndKeepsTheirEntries() throws Exception {
		this.jdbc.update("""
				insert into app_user (username, display_name, password_hash, unit_id)
				select 'admin2', 'Second administrator', password_hash, unit_id from app_user where username = 'admin'
				on conflict do nothing""");
		this.jdbc.update("""
				insert into app_user_role (user_id, role) select id, 'ADMIN' from app_user where username = 'admin2'
				on conflict do nothing""");
		var first = RecordFixtures.signIn(this.mvc, "admin");
		var second = RecordFixtures.signIn(this.mvc, "admin2");
		var media = obligation("13.C.1");
		var seen = AdminRequests.lockVersion(this.jdbc, media.id());
		var from = LocalDate.of(2019, 1, 1);

		HistoryConfirmations
			.confirmed(this.mvc,
					AdminRequests.revise(media.id(), media.terms(), from, seen, first,
							Map.of("maxCount", "4", "titleEn", "Support 1–4 NGOs")))
			.andExpect(status().is3xxRedirection());
		var page = this.mvc
			.perform(AdminRequests.revise(media.id(), media.terms(), from, seen, second,
					Map.of("minCount", "2", "textEn", "Support at least two NGOs")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		var conflict = Html.text(page, "edit-conflict");
		assertThat(conflict).contains("另一位管理员已先保存了修改")
			.contains("最多次数 4 3")
			.contains("标题（英文） Support 1–4 NGOs")
			.contains("最少次数 1 2");
		assertThat(page).contains(">Support at least two NGOs</textarea>")
			.contains("name=\"version\" value=\"" + AdminRequests.lockVersion(this.jdbc, media.id()) + "\"");
		var stored = obligation("13.C.1").termsOn(from);
		assertThat(stored.maxCount()).isEqualTo(4);
		assertThat(stored.minCount()).isEqualTo(1);
		assertThat(stored.titleEn()).isEqualTo("Support 1–4 NGOs");

		HistoryConfirmations
			.confirmed(this.mvc,
					AdminRequests.revise(media.id(), stored, from, AdminRequests.lockVersion(this.jdbc, media.id()),
							second, Map.of("minCount", "2", "textEn", "Support at least two NGOs")))
			.andExpect(status().is3xxRedirection());
		var both = obligation("13.C.1").termsOn(from);
		assertThat(both.minCount()).isEqualTo(2);
		assertThat(both.maxCount()).isEqualTo(4);
		assertThat(both.textEn()).isEqualTo("Support at least two NGOs");
	}

	@Test
	void aStalePhaseTableOrRetirementIsRefused() throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		var events = obligation("11.C.4");
		var seen = AdminRequests.lockVersion(this.jdbc, events.id());
		var nanning = this.units.byCode("nanning").id();
		HistoryConfirmations
			.confirmed(this.mvc,
					post("/admin/obligations/" + events.id() + "/phases").session(admin)
						.with(csrf())
						.param("version", String.valueOf(seen))
						.param("start[" + nanning + "]", "2019-03-01"))
			.andExpect(status().is3xxRedirection());
		var page = this.mvc
			.perform(post("/admin/obligations/" + events.id() + "/phases").session(admin)
				.with(csrf())
				.param("version", String.valueOf(seen))
				.param("start[" + nanning + "]", "2019-06-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page, "edit-conflict")).contains("nanning 2019-03-01 2019-06-01");
		this.mvc
			.perform(post("/admin/obligations/" + events.id() + "/retire").session(admin)
				.with(csrf())
				.param("version", String.valueOf(seen))
				.param("retireFrom", "2020-01-01"))
			.andExpect(status().is3xxRedirection());
		var after = obligation("11.C.4");
		assertThat(after.effectiveTo()).isNull();
		assertThat(after.phases()).containsEntry("nanning", LocalDate.of(2019, 3, 1));
	}

	ObligationView obligation(String code) {
		return this.campaigns.obligation(UnitScope.of(this.units.byCode("guangxi")), "guangxi-2018-2020", code);
	}

}
