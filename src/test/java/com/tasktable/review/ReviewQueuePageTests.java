package com.tasktable.review;

import java.util.List;
import java.util.regex.Pattern;

import com.tasktable.Html;
import com.tasktable.IntegrationTest;
import com.tasktable.evidence.EvidenceSamples;
import com.tasktable.evidence.Upload;
import com.tasktable.records.RecordDraft;
import com.tasktable.records.RecordFixtures;
import com.tasktable.records.RecordKeeping;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewer's day: a paged queue with its total, filters that survive every action,
 * approve-and-next, and checkboxes that name their record.
 */
@IntegrationTest
class ReviewQueuePageTests {

	private static final Pattern ROW = Pattern.compile("<tr id=\"queue-(\\d+)\">");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordKeeping keeping;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void theQueueComesFiftyAPageWithItsTotal() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		long total = this.jdbc.queryForObject("""
				select count(*) from activity_record r join unit u on u.id = r.unit_id
				join unit p on p.id = u.parent_id where r.state = 'PENDING' and p.code = 'guangxi'""", Long.class);
		assertThat(total).as("the demo's pending city records").isGreaterThan(50);
		var first = page(reviewer, "/review");
		assertThat(first).contains("共 " + total + " 条待审核").contains("id=\"queue-pages\"");
		var firstRows = rows(first);
		assertThat(firstRows).hasSize(50);
		var second = page(reviewer, "/review?page=1");
		assertThat(rows(second)).hasSize((int) Math.min(50, total - 50)).doesNotContainAnyElementsOf(firstRows);
		assertThat(second).contains("共 " + total + " 条待审核");
		// each checkbox names its record, not only "select"
		assertThat(first).doesNotContain("aria-label=\"选择\"").containsPattern("aria-label=\"选择：[^\"]+市 \\d{4}-");
		this.mvc.perform(get("/review").param("page", "-1").session(reviewer)).andExpect(status().isBadRequest());
	}

	@Test
	void filtersAndPageSurviveApproveReturnAndBulk() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var a = newRecord("wuzhou", "梧州市筛选保留一");
		var b = newRecord("wuzhou", "梧州市筛选保留二");
		var c = newRecord("wuzhou", "梧州市筛选保留三");
		var today = this.fixtures.today();
		var query = "?unit=wuzhou&obligation=2.C.2&from=" + today + "&to=" + today;
		var html = page(reviewer, "/review" + query);
		assertThat(html).contains("action=\"/review/approve" + query.replace("&", "&amp;") + "\"")
			.contains("formaction=\"/review/records/" + a + "/approve" + query.replace("&", "&amp;") + "\"")
			.contains("href=\"/review/records/" + a + "/return" + query.replace("&", "&amp;") + "\"");

		this.mvc.perform(
				post("/review/records/{id}/approve" + query, a).param("version", "0").session(reviewer).with(csrf()))
			.andExpect(redirectedUrl("/review" + query));
		var returnForm = page(reviewer, "/review/records/" + b + "/return" + query);
		assertThat(returnForm)
			.contains("action=\"/review/records/" + b + "/return" + query.replace("&", "&amp;") + "\"");
		this.mvc
			.perform(post("/review/records/{id}/return" + query, b).param("version", "0")
				.param("reason", "请补充现场照片")
				.session(reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl("/review" + query));
		this.mvc
			.perform(
					post("/review/approve" + query + "&page=0").param("items", c + ":0").session(reviewer).with(csrf()))
			.andExpect(redirectedUrl("/review" + query));
		this.mvc.perform(post("/review/approve" + query + "&page=1").session(reviewer).with(csrf()))
			.andExpect(redirectedUrl("/review" + query + "&page=1"));
		assertThat(state(a)).isEqualTo("APPROVED");
		assertThat(state(b)).isEqualTo("RETURNED");
		assertThat(state(c)).isEqualTo("APPROVED");
	}

	@Test
	void approveAndNextOpensTheNextRecordOfTheFilteredQueue() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var a = newRecord("beihai", "北海市通过并下一条一");
		var b = newRecord("beihai", "北海市通过并下一条二");
		var today = this.fixtures.today();
		var query = "?unit=beihai&obligation=2.C.2&from=" + today + "&to=" + today;
		var rows = rows(page(reviewer, "/review" + query));
		assertThat(rows).containsSubsequence(a, b);
		var after = rows.get(rows.indexOf(b) - 1).equals(a) ? b : rows.get(rows.indexOf(a) + 1);

		var first = page(reviewer, "/review/records/" + a + query);
		assertThat(first).contains("北海市通过并下一条一").contains("id=\"approve-next-form\"");
		this.mvc
			.perform(post("/review/records/{id}/approve-next" + query, a).param("version", "0")
				.session(reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl("/review/records/" + after + query));
		assertThat(state(a)).isEqualTo("APPROVED");
		var next = page(reviewer, "/review/records/" + b + query);
		assertThat(next).contains("北海市通过并下一条二");
		// the last one of the filtered queue: the oldest other one, or back to the queue
		var remaining = rows(page(reviewer, "/review" + query));
		var last = remaining.get(remaining.size() - 1);
		this.mvc
			.perform(post("/review/records/{id}/approve-next" + query, last).param("version", version(last))
				.session(reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl(
					(remaining.size() == 1) ? "/review" + query : "/review/records/" + remaining.get(0) + query));
		assertThat(state(last)).isEqualTo("APPROVED");
	}

	@Test
	void decidingOnTheRecordsPageComesBackToTheFilteredQueue() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var a = newRecord("fangchenggang", "防城港市记录页通过");
		var b = newRecord("fangchenggang", "防城港市记录页退回");
		var today = this.fixtures.today();
		var query = "?unit=fangchenggang&obligation=2.C.2&from=" + today + "&to=" + today + "&page=1";
		// the return form links the record's page with the queue it came from
		var returnForm = page(reviewer, "/review/records/" + a + query);
		assertThat(returnForm)
			.contains("href=\"/records/" + a + "?back=/review?unit%3Dfangchenggang%26obligation%3D2.C.2%26from%3D"
					+ today + "%26to%3D" + today + "%26page%3D1\"");

		var back = "/review" + query;
		var recordPage = this.mvc.perform(get("/records/{id}", a).param("back", back).session(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.element(recordPage, "review-actions"))
			.contains("action=\"/review/records/" + a + "/approve" + query.replace("&", "&amp;") + "\"")
			.contains("href=\"/review/records/" + a + "/return" + query.replace("&", "&amp;") + "\"");
		assertThat(recordPage).contains("id=\"back-to-queue\" href=\"" + back.replace("&", "&amp;") + "\"");
		this.mvc.perform(
				post("/review/records/{id}/approve" + query, a).param("version", "0").session(reviewer).with(csrf()))
			.andExpect(redirectedUrl(back));
		this.mvc
			.perform(post("/review/records/{id}/return" + query, b).param("version", "0")
				.param("reason", "请补充现场照片")
				.session(reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl(back));
		assertThat(state(a)).isEqualTo("APPROVED");
		assertThat(state(b)).isEqualTo("RETURNED");

		// without it, the page decides as before
		var c = newRecord("fangchenggang", "防城港市记录页无队列");
		var plain = page(reviewer, "/records/" + c);
		assertThat(Html.element(plain, "review-actions")).contains("action=\"/review/records/" + c + "/approve\"");
		assertThat(plain).doesNotContain("id=\"back-to-queue\"");
		// anything but the queue's own address is refused, so it can never lead off the
		// site
		for (var bad : List.of("https://evil.example/review", "//evil.example/review", "/review/../admin",
				"/admin?unit=x", "/review?next=https://evil.example", "/review#top", "javascript:alert(1)",
				"/review?unit=a&unit=b", "/review\\evil", "/review?unit=" + "x".repeat(200))) {
			this.mvc.perform(get("/records/{id}", c).param("back", bad).session(reviewer))
				.andExpect(status().isBadRequest());
		}
		// the queue's values are checked by the queue's actions themselves
		this.mvc.perform(
				post("/review/records/{id}/approve?page=-1", c).param("version", "0").session(reviewer).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(state(c)).isEqualTo("PENDING");
	}

	@Test
	void inEnglishTheQueueNamesObligationsInEnglish() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var id = newRecord("yulin", "玉林市英文队列");
		var today = this.fixtures.today();
		var query = "?unit=yulin&obligation=2.C.2&from=" + today + "&to=" + today;
		var english = this.mvc.perform(get("/review" + query).header("Accept-Language", "en").session(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var row = Html.element(english, "queue-" + id);
		assertThat(row).contains("Monthly exposure", "Expose a batch of violations every month", "Yulin")
			.doesNotContain("每月曝光");
		var chinese = Html.element(page(reviewer, "/review" + query), "queue-" + id);
		assertThat(chinese).contains("每月曝光", "每月曝光一批违法问题");
		var returnForm = this.mvc
			.perform(get("/review/records/{id}" + query, id).header("Accept-Language", "en").session(reviewer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(returnForm).contains("Monthly exposure", "Expose a batch of violations every month")
			.doesNotContain("每月曝光");
	}

	@Test
	void evidenceShowsAsLazyThumbnailsThatOpenTheViewerAndOtherFilesByName() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var draft = new RecordDraft(this.fixtures.today(), "贺州市带佐证的记录", null, List.of(), null, null, null, null);
		var id = this.keeping.create(this.fixtures.user("hezhou"), this.fixtures.obligation("2.C.2"), draft,
				List.of(new Upload("现场照片.png", EvidenceSamples.png()), new Upload("整改通报.pdf", EvidenceSamples.pdf())),
				null);
		var png = evidence(id, "现场照片.png");
		var pdf = evidence(id, "整改通报.pdf");
		var today = this.fixtures.today();
		var query = "?unit=hezhou&obligation=2.C.2&from=" + today + "&to=" + today;

		var row = Html.element(page(reviewer, "/review" + query), "queue-" + id);
		assertThat(row).contains("href=\"/evidence/" + png + "\"")
			.contains("data-evidence-viewer=\"true\"")
			.contains("data-evidence-name=\"现场照片.png\"")
			.containsPattern(
					"<img\\s+src=\"/evidence/" + png + "/thumbnail\"\\s+loading=\"lazy\"[^>]*alt=\"现场照片.png\">")
			.contains("href=\"/evidence/" + pdf + "\"")
			.contains("整改通报.pdf")
			.doesNotContain("/evidence/" + pdf + "/thumbnail");
		var queue = page(reviewer, "/review" + query);
		assertThat(queue).contains("id=\"evidence-viewer\"").contains("src=\"/js/evidence-viewer.js\"");

		var returnForm = page(reviewer, "/review/records/" + id + "/return" + query);
		assertThat(Html.element(returnForm, "return-evidence")).contains("data-evidence-name=\"现场照片.png\"")
			.contains("loading=\"lazy\"")
			.contains("整改通报.pdf");
		assertThat(returnForm).contains("id=\"evidence-viewer\"").contains("src=\"/js/evidence-viewer.js\"");
		// the files come through the download that checks the reader's scope
		this.mvc.perform(get("/evidence/{id}/thumbnail", png).session(reviewer)).andExpect(status().isOk());
		this.mvc.perform(get("/evidence/{id}", png).session(signIn(this.mvc, "laibin")))
			.andExpect(status().isNotFound());
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<Long> rows(String html) {
		return ROW.matcher(html).results().map(m -> Long.valueOf(m.group(1))).toList();
	}

	private Long evidence(Long record, String name) {
		return this.jdbc.queryForObject("select id from evidence where record_id = ? and file_name = ?", Long.class,
				record, name);
	}

	private String state(Long id) {
		return this.jdbc.queryForObject("select state from activity_record where id = ?", String.class, id);
	}

	private String version(Long id) {
		return this.jdbc.queryForObject("select version from activity_record where id = ?", Long.class, id).toString();
	}

	private Long newRecord(String unit, String title) {
		var draft = new RecordDraft(this.fixtures.today(), title, null, List.of(), null, null, null, null);
		return this.keeping.create(this.fixtures.user(unit), this.fixtures.obligation("2.C.2"), draft, List.of(), null);
	}

}
