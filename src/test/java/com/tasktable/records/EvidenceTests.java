package com.tasktable.records;

import java.util.List;
import java.util.UUID;

import com.tasktable.IntegrationTest;
import com.tasktable.evidence.EvidenceSamples;
import com.tasktable.evidence.EvidenceStorage;
import com.tasktable.evidence.Upload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** File limits, type checks by content, and downloads only inside the reader's scope. */
@IntegrationTest
class EvidenceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordKeeping keeping;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	EvidenceStorage storage;

	@Test
	void forbiddenFilesAreRefusedAndTheRecordIsNotHalfStored() throws Exception {
		var session = signIn(this.mvc, "qinzhou");
		long records = count("activity_record");
		long evidence = count("evidence");
		for (var file : List.of(
				new MockMultipartFile("files", "report.pdf", "application/pdf", EvidenceSamples.executable()),
				new MockMultipartFile("files", "logo.svg", "image/svg+xml", EvidenceSamples.svgWithScript()),
				new MockMultipartFile("files", "page.html", "text/html", EvidenceSamples.html()))) {
			this.mvc
				.perform(multipart("/records")
					.file(new MockMultipartFile("files", "ok.png", "image/png", EvidenceSamples.png()))
					.file(file)
					.param("obligation", this.fixtures.obligation("2.C.2").toString())
					.param("activityDate", this.fixtures.today().toString())
					.param("title", "带附件")
					.param("submissionToken", UUID.randomUUID().toString())
					.session(session)
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("的内容不是允许的类型")));
		}
		assertThat(count("activity_record")).isEqualTo(records);
		assertThat(count("evidence")).isEqualTo(evidence);
	}

	@Test
	void anOversizeFileIsRefused() throws Exception {
		var big = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(EvidenceSamples.pdf(), 0, big, 0, EvidenceSamples.pdf().length);
		long records = count("activity_record");
		this.mvc
			.perform(multipart("/records").file(new MockMultipartFile("files", "大文件.pdf", "application/pdf", big))
				.param("obligation", this.fixtures.obligation("2.C.2").toString())
				.param("activityDate", this.fixtures.today().toString())
				.param("title", "大文件")
				.session(signIn(this.mvc, "qinzhou"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过 20 MB")));
		assertThat(count("activity_record")).isEqualTo(records);
	}

	@Test
	void downloadsKeepTheChineseNameAndStayInsideTheScope() throws Exception {
		var user = this.fixtures.user("guigang");
		var draft = new RecordDraft(this.fixtures.today(), "通报", null, List.of(), null, null, null, null);
		var id = this.keeping.create(user, this.fixtures.obligation("2.C.2"), draft,
				List.of(new Upload("整改通报.pdf", EvidenceSamples.pdf()), new Upload("现场.png", EvidenceSamples.png())),
				null);
		var pdf = this.jdbc.queryForObject("select id from evidence where record_id = ? and file_name = '整改通报.pdf'",
				Long.class, id);
		var png = this.jdbc.queryForObject("select id from evidence where record_id = ? and file_name = '现场.png'",
				Long.class, id);

		this.mvc.perform(get("/evidence/{id}", pdf).session(signIn(this.mvc, "guigang")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E6%95%B4%E6%94%B9%E9%80%9A%E6%8A%A5.pdf")))
			.andExpect(content().bytes(EvidenceSamples.pdf()));
		this.mvc.perform(get("/evidence/{id}", png).session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("inline")));
		this.mvc.perform(get("/evidence/{id}/thumbnail", png).session(signIn(this.mvc, "guigang")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"));

		var stranger = signIn(this.mvc, "laibin");
		this.mvc.perform(get("/evidence/{id}", pdf).session(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get("/evidence/{id}/thumbnail", png).session(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get("/evidence/{id}", 999_999_999L).session(stranger)).andExpect(status().isNotFound());
	}

	@Test
	void filesCanBeAddedToAPendingRecordOfOnesOwnUnitOnly() throws Exception {
		var draft = new RecordDraft(this.fixtures.today(), "补充材料", null, List.of(), null, null, null, null);
		var id = this.keeping.create(this.fixtures.user("fangchenggang"), this.fixtures.obligation("2.C.2"), draft,
				List.of(), null);
		this.mvc
			.perform(multipart("/records/{id}/evidence", id)
				.file(new MockMultipartFile("files", "补充.jpg", "image/jpeg", EvidenceSamples.jpeg()))
				.session(signIn(this.mvc, "fangchenggang"))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(multipart("/records/{id}/evidence", id)
				.file(new MockMultipartFile("files", "x.jpg", "image/jpeg", EvidenceSamples.jpeg()))
				.session(signIn(this.mvc, "chongzuo"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForList("select file_name from evidence where record_id = ?", String.class, id))
			.containsExactly("补充.jpg");
	}

	@Test
	void aFileMissingFromTheStoreIsTheUsualNotFoundPage() throws Exception {
		var draft = new RecordDraft(this.fixtures.today(), "对象丢失", null, List.of(), null, null, null, null);
		var id = this.keeping.create(this.fixtures.user("guigang"), this.fixtures.obligation("2.C.2"), draft,
				List.of(new Upload("现场.png", EvidenceSamples.png())), null);
		var file = this.jdbc.queryForMap("select id, storage_key, thumbnail_key from evidence where record_id = ?", id);
		var session = signIn(this.mvc, "guigang");
		this.mvc.perform(get("/evidence/{id}", file.get("id")).session(session))
			.andExpect(status().isOk())
			.andExpect(content().bytes(EvidenceSamples.png()));
		this.storage.delete((String) file.get("storage_key"));
		this.storage.delete((String) file.get("thumbnail_key"));

		this.mvc.perform(get("/evidence/{id}", file.get("id")).session(session))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("不存在")));
		this.mvc.perform(get("/evidence/{id}/thumbnail", file.get("id")).session(session))
			.andExpect(status().isNotFound());
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
