package com.tasktable.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.tasktable.AdministrationTest;
import com.tasktable.Html;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import job lives in its row, not in an instance's memory: a poll answers from the
 * row whoever wrote it, and a job that fails unexpectedly is recorded there (with its
 * cause for the operator) and shown to its starter in their language.
 */
@AdministrationTest
class ImportJobTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SchedulerClient scheduler;

	@Autowired
	@Qualifier("taskTableImportTask")
	OneTimeTask<Void> importTask;

	@Test
	void aPollIsAnsweredFromTheJobsRowWhicheverInstanceWroteIt() throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		var id = UUID.randomUUID();
		insert(id, "guangxi-2018-2020");
		this.jdbc.update("""
				update import_job set status = 'RUNNING', lines_done = 12, lines_total = 44 where id = ?""", id);
		assertThat(poll(admin, id, "zh-CN")).contains("hx-get").contains("已处理 12 / 44 行");

		this.jdbc.update("""
				update import_job set status = 'DONE', lines_done = 44, finished_at = now(),
				result = '{"rowsCreated":1,"rowsUpdated":2,"created":3,"revised":4,"unchanged":5}' where id = ?""", id);
		assertThat(Html.text(poll(admin, id, "zh-CN"), "import-done")).contains("新增 1 行").contains("未变 5 项");
		this.mvc.perform(get("/admin/imports/" + id).session(RecordFixtures.signIn(this.mvc, "reviewer")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aJobThatFailsIsRecordedInItsRowAndShownToItsStarter() throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		var id = UUID.randomUUID();
		insert(id, "no-such-campaign");
		this.scheduler.schedule(this.importTask.instance(id.toString()), Instant.now());

		var deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!"FAILED".equals(statusOf(id)) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(statusOf(id)).isEqualTo("FAILED");
		assertThat(this.jdbc.queryForObject("select error from import_job where id = ?", String.class, id))
			.as("the cause, for the operator")
			.contains("no-such-campaign");
		assertThat(
				this.jdbc.queryForObject("select file_content is null from import_job where id = ?", Boolean.class, id))
			.isTrue();
		assertThat(Html.text(poll(admin, id, "zh-CN"), "import-problems")).contains("导入意外失败");
		assertThat(Html.text(poll(admin, id, "en"), "import-problems")).contains("The import failed unexpectedly");
	}

	private void insert(UUID id, String campaign) {
		this.jdbc.update("""
				insert into import_job (id, campaign_code, started_by, applies_from, file_content, created_at)
				select ?, ?, id, date '2020-06-01', '\\x00'::bytea, now() from app_user where username = 'admin'""", id,
				campaign);
	}

	private String statusOf(UUID id) {
		return this.jdbc.queryForObject("select status from import_job where id = ?", String.class, id);
	}

	private String poll(MockHttpSession session, UUID id, String lang) throws Exception {
		return this.mvc.perform(get("/admin/imports/" + id).param("lang", lang).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
