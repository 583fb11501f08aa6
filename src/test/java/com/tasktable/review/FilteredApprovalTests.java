package com.tasktable.review;

import java.util.List;
import java.util.regex.Pattern;

import com.tasktable.Html;
import com.tasktable.IntegrationTest;
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
 * Approving every record a filter finds: the count shown, confirmed, and refused when the
 * set changed in between; each record approved and audited as a single approval; bad
 * input a friendly 400, 403 or 404 that approves nothing.
 */
@IntegrationTest
class FilteredApprovalTests {

	private static final Pattern EXPECTED = Pattern.compile("name=\"expected\" value=\"(\\d+)\"");

	private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordKeeping keeping;

	@Autowired
	RecordDecisions decisions;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void theCountIsConfirmedAndEveryRecordOfTheFilterApprovedAndAudited() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var a = newRecord("qinzhou", "钦州市批量筛选一");
		var b = newRecord("qinzhou", "钦州市批量筛选二");
		var elsewhere = newRecord("guigang", "贵港市不在筛选内");
		var today = this.fixtures.today();
		var filter = "?unit=qinzhou&obligation=2.C.2&from=" + today + "&to=" + today;
		long n = pending("qinzhou", today);
		assertThat(n).isGreaterThanOrEqualTo(2);

		// the queue offers the whole filter's results with their count, not only the page
		var queue = page(reviewer, "/review" + filter + "&page=0");
		assertThat(Html.text(queue, "approve-filtered")).isEqualTo("批量通过筛选结果（共 " + n + " 条）");
		assertThat(queue).contains("href=\"/review/approve-filtered" + amp(filter) + "\"");

		// the confirmation repeats the count and the filter
		var confirm = page(reviewer, "/review/approve-filtered" + filter);
		assertThat(Html.text(confirm, "bulk-count")).isEqualTo("将通过 " + n + " 条待审核记录。");
		assertThat(Html.text(confirm, "bulk-filter")).contains("钦州市", "2.C.2", today.toString());
		assertThat(Html.text(confirm, "bulk-by-unit")).contains("钦州市 " + n);
		assertThat(Html.text(confirm, "bulk-by-obligation")).contains("每月曝光 2.C.2 " + n);
		assertThat(Html.text(confirm, "bulk-confirm")).isEqualTo("确认通过这 " + n + " 条记录");
		assertThat(confirm).contains("action=\"/review/approve-filtered" + amp(filter) + "\"");
		var expected = value(EXPECTED, confirm);
		var fingerprint = value(FINGERPRINT, confirm);
		assertThat(expected).isEqualTo(Long.toString(n));

		// a record comes in meanwhile: refused with the new count, nothing approved
		var c = newRecord("qinzhou", "钦州市批量筛选三");
		var refused = this.mvc
			.perform(post("/review/approve-filtered" + filter).param("expected", expected)
				.param("fingerprint", fingerprint)
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("筛选结果在您确认前发生了变化");
		assertThat(Html.text(refused, "bulk-count")).isEqualTo("将通过 " + (n + 1) + " 条待审核记录。");
		assertThat(Html.text(refused, "bulk-expected")).contains(expected);
		assertThat(List.of(state(a), state(b), state(c))).containsOnly("PENDING");

		// the same count but not the same records (one decided, another came in): refused
		// too
		this.decisions.returnForCorrection(this.fixtures.user("reviewer"), c, 0, "请补充材料");
		var d = newRecord("qinzhou", "钦州市批量筛选四");
		assertThat(pending("qinzhou", today)).isEqualTo(n + 1);
		var again = page(reviewer, "/review/approve-filtered" + filter);
		this.decisions.returnForCorrection(this.fixtures.user("reviewer"), d, 0, "请补充材料");
		var e = newRecord("qinzhou", "钦州市批量筛选五");
		this.mvc
			.perform(post("/review/approve-filtered" + filter).param("expected", value(EXPECTED, again))
				.param("fingerprint", value(FINGERPRINT, again))
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(state(e)).isEqualTo("PENDING");

		// confirmed as shown: all of them, back to the filtered queue's first page
		var current = page(reviewer, "/review/approve-filtered" + filter);
		this.mvc
			.perform(post("/review/approve-filtered" + filter).param("expected", value(EXPECTED, current))
				.param("fingerprint", value(FINGERPRINT, current))
				.session(reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl("/review" + filter));
		assertThat(List.of(state(a), state(b), state(e))).containsOnly("APPROVED");
		assertThat(pending("qinzhou", today)).isZero();
		assertThat(state(elsewhere)).isEqualTo("PENDING");
		for (var id : List.of(a, b, e)) {
			assertThat(this.jdbc.queryForList(
					"select action from audit_event where entity_type = 'record' and entity_id = ? order by id",
					String.class, id.toString()))
				.endsWith("RECORD_APPROVED");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from record_decision where record_id = ? and action = 'APPROVED'", Integer.class,
					id))
				.isEqualTo(1);
		}
		// nothing left: the page says so and offers no approval
		var empty = page(reviewer, "/review/approve-filtered" + filter);
		assertThat(empty).contains("筛选结果中没有待审核的记录。").doesNotContain("id=\"bulk-confirm-form\"");
		this.mvc
			.perform(post("/review/approve-filtered" + filter).param("expected", "0")
				.param("fingerprint", fingerprint)
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void tamperedInputIsAFriendlyRefusalThatApprovesNothing() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var a = newRecord("laibin", "来宾市批量筛选坏参数");
		var today = this.fixtures.today();
		var filter = "?unit=laibin&obligation=2.C.2&from=" + today + "&to=" + today;
		var confirm = page(reviewer, "/review/approve-filtered" + filter);
		var fingerprint = value(FINGERPRINT, confirm);
		var expected = value(EXPECTED, confirm);

		this.mvc
			.perform(post("/review/approve-filtered" + filter).param("expected", "many")
				.param("fingerprint", fingerprint)
				.header("Accept-Language", "zh-CN")
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(
				post("/review/approve-filtered" + filter).param("expected", expected).session(reviewer).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/review/approve-filtered?unit=laibin&period=someday").param("expected", expected)
				.param("fingerprint", fingerprint)
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/review/approve-filtered" + filter).param("expected", expected)
				.param("fingerprint", "0".repeat(64))
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/review/approve-filtered?unit=nowhere").session(reviewer))
			.andExpect(status().isNotFound());
		// a reporter approves nothing, whatever they send
		var laibin = signIn(this.mvc, "laibin");
		this.mvc.perform(get("/review/approve-filtered" + filter).session(laibin)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/review/approve-filtered" + filter).param("expected", expected)
				.param("fingerprint", fingerprint)
				.session(laibin)
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(state(a)).isEqualTo("PENDING");
	}

	@Test
	void tooManyRecordsAreNotApprovedAtOnce() {
		var many = new FilteredSelection(FilteredApproval.LIMIT + 1, null, List.of(), List.of(),
				FilteredApproval.LIMIT);
		assertThat(many.tooMany()).isTrue();
		assertThat(many.approvable()).isFalse();
		var none = new FilteredSelection(0, "x", List.of(), List.of(), FilteredApproval.LIMIT);
		assertThat(none.approvable()).isFalse();
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String value(Pattern pattern, String html) {
		var m = pattern.matcher(html);
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m.group(1);
	}

	private static String amp(String query) {
		return query.replace("&", "&amp;");
	}

	private long pending(String unit, java.time.LocalDate day) {
		return this.jdbc.queryForObject("""
				select count(*) from activity_record r join unit u on u.id = r.unit_id
				where u.code = ? and r.state = 'PENDING' and r.activity_date = ? and r.obligation_id = ?""", Long.class,
				unit, day, this.fixtures.obligation("2.C.2"));
	}

	private String state(Long id) {
		return this.jdbc.queryForObject("select state from activity_record where id = ?", String.class, id);
	}

	private Long newRecord(String unit, String title) {
		var draft = new RecordDraft(this.fixtures.today(), title, null, List.of(), null, null, null, null);
		return this.keeping.create(this.fixtures.user(unit), this.fixtures.obligation("2.C.2"), draft, List.of(), null);
	}

}
