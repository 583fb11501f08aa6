package com.tasktable.records;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The log form tells the period a record will count for before it is saved, marks what is
 * required, and after a failed save leads with a summary of what is wrong.
 */
@IntegrationTest
class RecordFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void theFormNamesThePeriodOfTheDefaultDateAndOfAnyDateChosen() throws Exception {
		var session = signIn(this.mvc, "nanning");
		var obligation = this.fixtures.obligation("1.C.1").toString();
		var today = this.fixtures.today();
		var html = this.mvc.perform(get("/records/new").param("obligation", obligation).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"period-preview\"")
			.contains("这条记录将计入 " + quarterStart(today) + " 至 " + quarterEnd(today) + " 的周期")
			.contains("hx-get=\"/records/period?obligation=" + obligation + "\"")
			.contains("aria-describedby=\"period-preview\"");

		// htmx asks again when the date changes: the first quarter of the year before
		var earlier = quarterStart(today).minusMonths(3).plusDays(10);
		var fragment = this.mvc
			.perform(get("/records/period").param("obligation", obligation)
				.param("activityDate", earlier.toString())
				.header("HX-Request", "true")
				.session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<div id=\"period-preview\"")
			.contains("这条记录将计入 " + quarterStart(earlier) + " 至 " + quarterEnd(earlier) + " 的周期")
			.doesNotContain("<html");

		this.mvc
			.perform(get("/records/period").param("obligation", obligation)
				.param("activityDate", "2001-01-01")
				.session(session))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("所选日期不在活动期内"));
		// another level's obligation is not found, as the form itself
		this.mvc
			.perform(get("/records/period").param("obligation", this.fixtures.obligation("1.R.1").toString())
				.param("activityDate", today.toString())
				.session(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void requiredFieldsAreMarkedForTheEyeAndForAssistiveTechnology() throws Exception {
		var session = signIn(this.mvc, "nanning");
		var html = this.mvc
			.perform(get("/records/new").param("obligation", this.fixtures.obligation("1.C.1").toString())
				.session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(input(html, "title")).contains("required=\"required\"").contains("aria-required=\"true\"");
		assertThat(input(html, "activityDate")).contains("required").contains("aria-required=\"true\"");
		assertThat(input(html, "outlet")).doesNotContain("required").doesNotContain("aria-invalid");
		assertThat(html).containsPattern(
				"for=\"title\"><span>标题</span><span\\s+class=\"required-mark[^>]*aria-hidden=\"true\"> \\*</span>");
		assertThat(html).doesNotContain("id=\"error-summary\"");
	}

	@Test
	void aFailedSaveLeadsWithAnErrorSummaryThatTakesTheFocus() throws Exception {
		var session = signIn(this.mvc, "liuzhou");
		var html = this.mvc
			.perform(multipart("/records").param("obligation", this.fixtures.obligation("10.C.1").toString())
				.param("activityDate", this.fixtures.today().plusDays(3).toString())
				.param("title", "")
				.param("category", "HOSPITAL")
				.param("links", "not a link")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var summary = html.substring(html.indexOf("<div id=\"error-summary\""));
		summary = summary.substring(0, summary.indexOf("</div>"));
		assertThat(summary).contains("tabindex=\"-1\"")
			.contains("autofocus")
			.contains("data-focus-on-load")
			.contains("请更正以下 4 处错误")
			.contains("<a href=\"#activityDate\">活动日期不能晚于今天")
			.contains("<a href=\"#title\">必填</a>")
			.contains("<a href=\"#category\">")
			.contains("<a href=\"#links\">");
		// the summary comes before the first field
		assertThat(html.indexOf("id=\"error-summary\"")).isLessThan(html.indexOf("id=\"activityDate\""));
		assertThat(html).contains("/js/forms.js");
		for (var field : new String[] { "activityDate", "title", "category", "links" }) {
			assertThat(input(html, field)).as(field)
				.contains("aria-invalid=\"true\"")
				.containsPattern("aria-describedby=\"" + field + "-error");
			assertThat(html).contains("id=\"" + field + "-error\"");
		}
		assertThat(input(html, "outlet")).doesNotContain("aria-invalid");
	}

	/** The opening tag of the field with this id. */
	private static String input(String html, String id) {
		var m = Pattern.compile("<(input|select|textarea)[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
		assertThat(m.find()).as("field " + id).isTrue();
		return m.group();
	}

	private static LocalDate quarterStart(LocalDate day) {
		return day.with(IsoFields.DAY_OF_QUARTER, 1);
	}

	private static LocalDate quarterEnd(LocalDate day) {
		return quarterStart(day).plusMonths(3).minusDays(1);
	}

}
