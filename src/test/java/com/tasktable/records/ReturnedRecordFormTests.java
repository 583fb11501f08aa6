package com.tasktable.records;

import java.util.List;
import java.util.UUID;

import com.tasktable.IntegrationTest;
import com.tasktable.evidence.EvidenceSamples;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The returned record's form: the reviewer's reason, who returned it and when, its files
 * with thumbnails, and adding or removing files in the same save, for its own unit only.
 */
@IntegrationTest
class ReturnedRecordFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void theFormShowsWhyAndLetsFilesBeSwappedInTheSameSave() throws Exception {
		var guilin = signIn(this.mvc, "guilin");
		var id = logWithPhoto(guilin, "桂林市例行新闻发布会（待退回）");
		var photo = evidenceIds(id).get(0);
		var reviewer = signIn(this.mvc, "reviewer");
		this.mvc
			.perform(post("/review/records/{id}/return", id).param("version", "0")
				.param("reason", "照片看不清，请换一张现场照片")
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isFound());

		var html = this.mvc.perform(get("/records/{id}/edit", id).session(guilin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var reviewerName = this.jdbc.queryForObject("select display_name from app_user where username = 'reviewer'",
				String.class);
		var section = html.substring(html.indexOf("id=\"return-reason\""));
		section = section.substring(0, section.indexOf("</section>"));
		assertThat(section).contains("照片看不清，请换一张现场照片").contains(reviewerName).contains(" 退回，理由：");
		assertThat(html).contains("/evidence/" + photo + "/thumbnail")
			.contains("name=\"removeEvidence\" value=\"" + photo + "\"")
			.contains("删除 桂林发布会.jpg")
			.contains("id=\"files\"");

		var version = this.jdbc.queryForObject("select version from activity_record where id = ?", Long.class, id);
		this.mvc
			.perform(multipart("/records/{id}", id)
				.file(new MockMultipartFile("files", "新照片.png", "image/png", EvidenceSamples.png()))
				.param("version", version.toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("title", "桂林市例行新闻发布会（已换照片）")
				.param("removeEvidence", photo.toString())
				.session(guilin)
				.with(csrf()))
			.andExpect(redirectedUrl("/records/" + id));
		assertThat(this.jdbc.queryForList("select file_name from evidence where record_id = ? order by id",
				String.class, id))
			.containsExactly("新照片.png");
		assertThat(this.jdbc.queryForObject("select state from activity_record where id = ?", String.class, id))
			.isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'EVIDENCE_REMOVED' and entity_id = ?", Integer.class,
				id.toString()))
			.isEqualTo(1);
	}

	@Test
	void anotherRecordsFileOrAnotherCitysRecordIsNotFoundAndNothingChanges() throws Exception {
		var guilin = signIn(this.mvc, "guilin");
		var mine = logWithPhoto(guilin, "桂林市记录（范围测试）");
		var wuzhou = signIn(this.mvc, "wuzhou");
		var theirs = logWithPhoto(wuzhou, "梧州市记录（范围测试）");
		var theirPhoto = evidenceIds(theirs).get(0);

		// removing a file of another record through my own record: not found, my title
		// kept
		this.mvc
			.perform(multipart("/records/{id}", mine).param("version", "0")
				.param("activityDate", this.fixtures.today().toString())
				.param("title", "桂林市记录（不应保存）")
				.param("removeEvidence", theirPhoto.toString())
				.session(guilin)
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(evidenceIds(theirs)).containsExactly(theirPhoto);
		assertThat(this.jdbc.queryForObject("select title from activity_record where id = ?", String.class, mine))
			.isEqualTo("桂林市记录（范围测试）");

		// another city's record: not found
		this.mvc
			.perform(multipart("/records/{id}", theirs).param("version", "0")
				.param("activityDate", this.fixtures.today().toString())
				.param("title", "x")
				.param("removeEvidence", theirPhoto.toString())
				.session(guilin)
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(evidenceIds(theirs)).containsExactly(theirPhoto);
	}

	private Long logWithPhoto(MockHttpSession session, String title) throws Exception {
		var location = this.mvc
			.perform(multipart("/records")
				.file(new MockMultipartFile("files", "桂林发布会.jpg", "image/jpeg", EvidenceSamples.jpeg()))
				.param("obligation", this.fixtures.obligation("1.C.1").toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("title", title)
				.param("submissionToken", UUID.randomUUID().toString())
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private List<Long> evidenceIds(Long recordId) {
		return this.jdbc.queryForList("select id from evidence where record_id = ? order by id", Long.class, recordId);
	}

}
