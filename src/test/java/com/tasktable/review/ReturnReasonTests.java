package com.tasktable.review;

import java.util.List;

import com.tasktable.AdministrationTest;
import com.tasktable.records.RecordDraft;
import com.tasktable.records.RecordFixtures;
import com.tasktable.records.RecordKeeping;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators keep the list of return reasons (audited); reviewers pick one and
 * may add their own words; a retired one is no longer offered.
 */
@AdministrationTest
class ReturnReasonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordKeeping keeping;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void administratorsAddAndRetireReasonsAndReviewersPickThem() throws Exception {
		var admin = signIn(this.mvc, "admin");
		var page = this.mvc.perform(get("/admin/return-reasons").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("佐证材料缺失或看不清，请补充清晰的照片或文件").contains("活动日期与佐证材料不符");

		this.mvc
			.perform(post("/admin/return-reasons").param("text", "标题与内容不符")
				.param("textEn", "The title does not match")
				.param("sortOrder", "50")
				.session(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/return-reasons"));
		var added = this.jdbc.queryForObject("select id from return_reason where text = '标题与内容不符'", Long.class);
		assertThat(audits("RETURN_REASON_ADDED", added)).isEqualTo(1);
		// a blank reason is refused next to its field, nothing stored
		this.mvc.perform(post("/admin/return-reasons").param("text", " ").session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("aria-invalid=\"true\""));
		assertThat(this.jdbc.queryForObject("select count(*) from return_reason", Integer.class)).isEqualTo(5);

		var dates = this.jdbc.queryForObject("select id from return_reason where text = '活动日期与佐证材料不符'", Long.class);
		this.mvc
			.perform(post("/admin/return-reasons/{id}", dates).param("text", "活动日期与佐证材料不符")
				.param("sortOrder", "20")
				.param("retired", "true")
				.param("version", "0")
				.session(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/return-reasons"));
		assertThat(audits("RETURN_REASON_RETIRED", dates)).isEqualTo(1);

		// the reviewer's return form offers the active ones only, and keeps reason +
		// words
		var id = newRecord("yulin", "玉林市退回理由测试");
		var reviewer = signIn(this.mvc, "reviewer");
		var form = this.mvc.perform(get("/review/records/{id}/return", id).session(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("标题与内容不符").contains("佐证材料缺失或看不清").doesNotContain("活动日期与佐证材料不符");
		this.mvc
			.perform(post("/review/records/{id}/return", id).param("version", "0")
				.param("reasonId", added.toString())
				.param("reason", "请把标题改为活动名称")
				.session(reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl("/review"));
		assertThat(this.jdbc.queryForObject("""
				select reason from record_decision where record_id = ? and action = 'RETURNED'""", String.class, id))
			.isEqualTo("标题与内容不符：请把标题改为活动名称");
		// a retired reason cannot be picked
		var other = newRecord("yulin", "玉林市退回理由测试二");
		this.mvc
			.perform(post("/review/records/{id}/return", other).param("version", "0")
				.param("reasonId", dates.toString())
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("这条退回理由已停用"));
		// reviewers and reporters do not keep the list
		this.mvc.perform(get("/admin/return-reasons").session(reviewer)).andExpect(status().isForbidden());
	}

	private int audits(String action, Long id) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?",
				Integer.class, action, id.toString());
	}

	private Long newRecord(String unit, String title) {
		var draft = new RecordDraft(this.fixtures.today(), title, null, List.of(), null, null, null, null);
		return this.keeping.create(this.fixtures.user(unit), this.fixtures.obligation("2.C.2"), draft, List.of(), null);
	}

}
