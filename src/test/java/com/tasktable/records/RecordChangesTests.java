package com.tasktable.records;

import java.util.List;

import com.tasktable.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing and withdrawing: pending records of one's own unit only, with optimistic
 * locking.
 */
@IntegrationTest
class RecordChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordKeeping keeping;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void aPendingRecordCanBeEditedAndTheChangeIsAudited() throws Exception {
		var id = newRecord("beihai", "初稿");
		this.mvc
			.perform(post("/records/{id}", id).param("activityDate", this.fixtures.today().toString())
				.param("title", "定稿")
				.param("version", "0")
				.session(signIn(this.mvc, "beihai"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select title from activity_record where id = ?", String.class, id))
			.isEqualTo("定稿");
		var details = this.jdbc.queryForObject(
				"select details::text from audit_event where action = 'RECORD_UPDATED' and entity_id = ?", String.class,
				id.toString());
		assertThat(details).contains("初稿").contains("定稿");
	}

	@Test
	void aStaleEditGetsAConflictAndChangesNothing() throws Exception {
		var id = newRecord("yulin", "原稿");
		var session = signIn(this.mvc, "yulin");
		this.mvc
			.perform(post("/records/{id}", id).param("activityDate", this.fixtures.today().toString())
				.param("title", "第一次修改")
				.param("version", "0")
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/records/{id}", id).param("activityDate", this.fixtures.today().toString())
				.param("title", "基于旧版本的修改")
				.param("version", "0")
				.session(session)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("他人刚刚修改了此内容")));
		assertThat(this.jdbc.queryForObject("select title from activity_record where id = ?", String.class, id))
			.isEqualTo("第一次修改");
	}

	@Test
	void anotherCitysRecordCannotBeReadEditedOrWithdrawn() throws Exception {
		var id = newRecord("liuzhou", "柳州市的记录");
		var nanning = signIn(this.mvc, "nanning");
		this.mvc.perform(get("/records/{id}", id).session(nanning)).andExpect(status().isNotFound());
		this.mvc.perform(get("/records/{id}/edit", id).session(nanning)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/records/{id}", id).param("activityDate", this.fixtures.today().toString())
				.param("title", "被篡改")
				.param("version", "0")
				.session(nanning)
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/records/{id}/withdraw", id).param("version", "0").session(nanning).with(csrf()))
			.andExpect(status().isNotFound());
		var row = this.jdbc.queryForMap("select title, state, version from activity_record where id = ?", id);
		assertThat(row).containsEntry("title", "柳州市的记录").containsEntry("state", "PENDING").containsEntry("version", 0L);
	}

	@Test
	void theReviewerReadsButDoesNotChangeACitysRecord() throws Exception {
		var id = newRecord("baise", "百色市的记录");
		var reviewer = signIn(this.mvc, "reviewer");
		this.mvc.perform(get("/records/{id}", id).session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("百色市的记录")));
		this.mvc.perform(post("/records/{id}/withdraw", id).param("version", "0").session(reviewer).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void withdrawnAndApprovedRecordsAreReadOnlyForTheReporter() throws Exception {
		var id = newRecord("hechi", "撤回测试");
		var session = signIn(this.mvc, "hechi");
		this.mvc.perform(post("/records/{id}/withdraw", id).param("version", "0").session(session).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select state from activity_record where id = ?", String.class, id))
			.isEqualTo("WITHDRAWN");
		this.mvc.perform(post("/records/{id}/withdraw", id).param("version", "1").session(session).with(csrf()))
			.andExpect(status().isFound());
		var approved = newRecord("hechi", "已通过");
		this.jdbc.update("update activity_record set state = 'APPROVED' where id = ?", approved);
		this.mvc
			.perform(post("/records/{id}", approved).param("activityDate", this.fixtures.today().toString())
				.param("title", "改动已通过的记录")
				.param("version", "0")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能修改或撤回待审核的记录")));
		assertThat(this.jdbc.queryForObject("select title from activity_record where id = ?", String.class, approved))
			.isEqualTo("已通过");
	}

	private Long newRecord(String unit, String title) {
		var draft = new RecordDraft(this.fixtures.today(), title, null, List.of(), null, null, null, null);
		return this.keeping.create(this.fixtures.user(unit), this.fixtures.obligation("2.C.2"), draft, List.of(), null);
	}

}
