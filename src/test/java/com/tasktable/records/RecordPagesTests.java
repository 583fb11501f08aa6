package com.tasktable.records;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import com.tasktable.IntegrationTest;
import com.tasktable.evidence.EvidenceFiles;
import com.tasktable.evidence.EvidenceSamples;
import com.tasktable.evidence.S3TestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging records through the pages, as a city reporter would, on real PostgreSQL and
 * real files.
 */
@IntegrationTest
class RecordPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void aPressConferenceWithAPhotoIsStoredWithItsEvidence() throws Exception {
		var session = signIn(this.mvc, "nanning");
		var photo = new MockMultipartFile("files", "发布会现场.jpg", "image/jpeg", EvidenceSamples.jpeg());
		var location = this.mvc
			.perform(multipart("/records").file(photo)
				.param("obligation", this.fixtures.obligation("1.C.1").toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("title", "南宁市例行新闻发布会")
				.param("outlet", "南宁市政府新闻办")
				.param("submissionToken", UUID.randomUUID().toString())
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/records/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		var row = this.jdbc.queryForMap("""
				select r.state, u.code as unit, e.file_name, e.sha256, e.storage_key, e.content_type, e.thumbnail_key
				from activity_record r join unit u on u.id = r.unit_id join evidence e on e.record_id = r.id
				where r.id = ?""", id);
		assertThat(row).containsEntry("state", "PENDING")
			.containsEntry("unit", "nanning")
			.containsEntry("file_name", "发布会现场.jpg")
			.containsEntry("content_type", "image/jpeg")
			.containsEntry("sha256", EvidenceFiles.sha256(EvidenceSamples.jpeg()));
		var key = (String) row.get("storage_key");
		assertThat(key).doesNotContain("发布会").matches("[0-9a-f-]{36}");
		try (var s3 = S3TestServer.shared().client()) {
			assertThat(s3.getObjectAsBytes(b -> b.bucket("integration").key("evidence/" + key)).asByteArray())
				.isEqualTo(EvidenceSamples.jpeg());
		}
		assertThat(row.get("thumbnail_key")).isNotNull();
		this.mvc.perform(get("/records/{id}", id).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("南宁市例行新闻发布会"), containsString("/thumbnail"))));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RECORD_CREATED' and entity_id = ?", Integer.class,
				id.toString()))
			.isEqualTo(1);
	}

	@Test
	void everyKindHasItsForm() throws Exception {
		var session = signIn(this.mvc, "nanning");
		this.mvc
			.perform(get("/records/new").param("obligation", this.fixtures.obligation("10.C.1").toString())
				.session(session))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("name=\"category\""), containsString("学校"), containsString("农村"))));
		this.mvc
			.perform(get("/records/new").param("obligation", this.fixtures.obligation("11.C.1").toString())
				.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6月5日前7天至后7天")));
		this.mvc
			.perform(get("/records/new").param("obligation", this.fixtures.obligation("2.C.1").toString())
				.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("完成日期"), containsString("完成证明"))));
		this.mvc
			.perform(get("/records/new").param("obligation", this.fixtures.obligation("5.C.1").toString())
				.session(session))
			.andExpect(redirectedUrlPattern("/records/daily?obligation=*"));
		this.mvc.perform(get("/records/new").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1.C.1"), containsString("14.C.2"))));
	}

	@Test
	void fieldErrorsInTheUsersLanguageAndNothingStored() throws Exception {
		var session = signIn(this.mvc, "liuzhou");
		long before = count();
		this.mvc
			.perform(multipart("/records").param("obligation", this.fixtures.obligation("10.C.1").toString())
				.param("activityDate", this.fixtures.today().plusDays(3).toString())
				.param("title", "")
				.param("category", "HOSPITAL")
				.param("links", "not a link")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("活动日期不能晚于今天"), containsString("必填"),
					containsString("请选择此项任务的类别"), containsString("不是有效的网址"), containsString("is-invalid"))));
		this.mvc
			.perform(multipart("/records").param("obligation", this.fixtures.obligation("1.C.1").toString())
				.param("activityDate", "2026-13-45")
				.param("title", "x")
				.param("lang", "en")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a valid date")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDoubleClickStoresOneRecord() throws Exception {
		var session = signIn(this.mvc, "guilin");
		var token = UUID.randomUUID().toString();
		long before = count();
		String first = null;
		for (int i = 0; i < 3; i++) {
			var location = this.mvc
				.perform(multipart("/records").param("obligation", this.fixtures.obligation("2.C.2").toString())
					.param("activityDate", this.fixtures.today().toString())
					.param("title", "曝光一批违法问题")
					.param("submissionToken", token)
					.session(session)
					.with(csrf()))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			first = (first == null) ? location : first;
			assertThat(location).isEqualTo(first);
		}
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void extraFieldsInATamperedFormAreIgnored() throws Exception {
		var session = signIn(this.mvc, "wuzhou");
		var liuzhou = this.jdbc.queryForObject("select id from unit where code = 'liuzhou'", Long.class);
		var location = this.mvc
			.perform(multipart("/records").param("obligation", this.fixtures.obligation("2.C.2").toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("title", "篡改测试")
				.param("unitId", liuzhou.toString())
				.param("state", "APPROVED")
				.param("createdBy", "1")
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		var row = this.jdbc.queryForMap("""
				select u.code, r.state, a.username from activity_record r join unit u on u.id = r.unit_id
				join app_user a on a.id = r.created_by where r.id = ?""", id);
		assertThat(row).containsEntry("code", "wuzhou")
			.containsEntry("state", "PENDING")
			.containsEntry("username", "wuzhou");
	}

	@Test
	void anotherLevelsObligationIsNotFound() throws Exception {
		long before = count();
		this.mvc
			.perform(multipart("/records").param("obligation", this.fixtures.obligation("1.R.1").toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("title", "x")
				.session(signIn(this.mvc, "nanning"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aReviewerDoesNotLogRecords() throws Exception {
		this.mvc
			.perform(multipart("/records").param("obligation", this.fixtures.obligation("1.C.1").toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("title", "x")
				.session(signIn(this.mvc, "reviewer"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void lateIsShownAndAClosedPeriodIsRefusedUntilAReviewerReopensIt() throws Exception {
		var session = signIn(this.mvc, "guangxi");
		var lastSunday = this.fixtures.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		var lateDay = lastSunday.minusDays(14);
		var lateId = create(session, "2.R.2", lateDay.toString(), "广西新闻曝光栏目");
		this.mvc.perform(get("/records/{id}", lateId).session(session))
			.andExpect(content().string(containsString("逾期登记")));

		var closedDay = lastSunday.minusDays(42);
		this.mvc
			.perform(multipart("/records").param("obligation", this.fixtures.obligation("2.R.2").toString())
				.param("activityDate", closedDay.toString())
				.param("title", "补登")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该期间已关闭")));

		var reviewer = signIn(this.mvc, "reviewer");
		this.mvc
			.perform(post("/units/guangxi/unlocks").param("from", closedDay.minusDays(6).toString())
				.param("to", closedDay.toString())
				.param("reason", "电视台补播，允许补登")
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isFound());
		create(session, "2.R.2", closedDay.toString(), "补登");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'PERIOD_UNLOCKED'",
				Integer.class))
			.isPositive();
	}

	@Test
	void aReporterCannotReopenPeriods() throws Exception {
		this.mvc
			.perform(post("/units/nanning/unlocks").param("from", "2025-01-01")
				.param("to", "2025-01-31")
				.param("reason", "x")
				.session(signIn(this.mvc, "nanning"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from period_unlock where reason = 'x'", Integer.class))
			.isZero();
	}

	private Long create(MockHttpSession session, String obligation, String day, String title) throws Exception {
		var location = this.mvc
			.perform(multipart("/records").param("obligation", this.fixtures.obligation(obligation).toString())
				.param("activityDate", day)
				.param("title", title)
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", startsWith("/records/")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from activity_record", Long.class);
	}

}
