package com.tasktable.dashboards;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import com.tasktable.compliance.Status;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The provincial dashboard as a reviewer opens it every morning. */
@IntegrationTest
class DashboardPageTests {

	private static final Pattern PRESS_CONFERENCE_CELL = Pattern.compile(
			"href=\"(/dashboard/cell\\?campaign=guangxi-2018-2020&amp;unit=nanning&amp;obligation=\\d+&amp;year=2019&amp;quarter=2)\">"
					+ "<span class=\"cell-glyph\" aria-hidden=\"true\">[^<]*</span><span\\s+class=\"visually-hidden\">[^<]*</span>"
					+ "<span class=\"cell-figure\">(\\d+)(?:\\+\\d+)?</span>");

	private static final Pattern SUMMARY_HEAD = Pattern.compile(
			"<a class=\"fw-semibold\" href=\"/units/([a-z0-9-]+)\">([^<]*)</a>\\s*<span class=\"text-nowrap\">([^<]*)</span>");

	private static final Pattern SUMMARY_COUNT = Pattern.compile(
			"<span class=\"matrix-swatch cell-[a-z-]+\" aria-hidden=\"true\">([^<]*)</span> <span>[^<]* (\\d+) 项</span>");

	@Autowired
	MockMvc mvc;

	@Test
	void theMatrixOfTheCitiesForAQuarter() throws Exception {
		this.mvc
			.perform(get("/dashboard").param("campaign", "guangxi-2018-2020")
				.param("year", "2019")
				.param("quarter", "2")
				.session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"matrix-CITY\""),
					containsString("id=\"matrix-REGION\""), containsString("崇左市"), containsString("2019 年第 2 季度"),
					containsString("id=\"legend\""), containsString("cell-met"))));
	}

	@Test
	void aCellOpensExactlyTheRecordsItCounts() throws Exception {
		var session = signIn(this.mvc, "reviewer");
		var page = this.mvc
			.perform(get("/dashboard").param("campaign", "guangxi-2018-2020")
				.param("year", "2019")
				.param("quarter", "2")
				.session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var cell = PRESS_CONFERENCE_CELL.matcher(page);
		assertThat(cell.find()).as("Nanning's 1.C.1 cell for 2019 Q2").isTrue();
		var link = URLDecoder.decode(cell.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
		int shown = Integer.parseInt(cell.group(2));
		// the cell page lists the records of every state in the cell's window; its
		// approved
		// ones are the figure
		this.mvc.perform(get(link).param("state", "APPROVED").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 " + shown + " 条记录")));
	}

	@Test
	void switchingQuarterOverHtmxReturnsOnlyTheMatrix() throws Exception {
		this.mvc
			.perform(get("/dashboard").param("campaign", "guangxi-2018-2020")
				.param("year", "2020")
				.param("quarter", "1")
				.header("HX-Request", "true")
				.session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"matrix\""), containsString("2020 年第 1 季度"),
					not(containsString("<html")))));
	}

	@Test
	void phasedFacilityOpeningIsNotApplicableBeforeEachCitysDate() throws Exception {
		var page = this.mvc
			.perform(get("/dashboard").param("campaign", "guangxi-2018-2020")
				.param("year", "2019")
				.param("quarter", "1")
				.param("level", "CITY")
				.session(signIn(this.mvc, "reviewer")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("id=\"matrix-REGION\"");
		// the rows of the table, after the phone's line per unit
		var table = page.substring(page.indexOf("id=\"matrix-CITY\""));
		var hezhouRow = table.substring(table.indexOf(">贺州市<"), table.indexOf("</tr>", table.indexOf(">贺州市<")));
		assertThat(hezhouRow).as("Hezhou opens facilities from 2020").contains("12.C.1 环保设施开放活动: 不适用");
		var nanningRow = table.substring(table.indexOf(">南宁市<"), table.indexOf("</tr>", table.indexOf(">南宁市<")));
		assertThat(nanningRow).doesNotContain("12.C.1 环保设施开放活动: 不适用");
	}

	@Test
	void everyQuarterOfTheCampaignOpens() throws Exception {
		var session = signIn(this.mvc, "reviewer");
		for (int year = 2018; year <= 2020; year++) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				this.mvc
					.perform(get("/dashboard").param("campaign", "guangxi-2018-2020")
						.param("year", Integer.toString(year))
						.param("quarter", Integer.toString(quarter))
						.session(session))
					.andExpect(status().isOk());
			}
		}
	}

	@Test
	void onAPhoneEachUnitReadsOnALineWithItsRateAndItsCellsPerStatus() throws Exception {
		var result = this.mvc
			.perform(get("/dashboard").param("campaign", "guangxi-2018-2020")
				.param("year", "2019")
				.param("quarter", "2")
				.session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andReturn();
		var matrix = (Matrix) result.getModelAndView().getModel().get("matrix");
		var rows = matrix.blocks().stream().flatMap(b -> b.rows().stream()).toList();
		var lines = result.getResponse().getContentAsString().split("<li class=\"matrix-summary-row\">");
		assertThat(lines).as("one line per unit of every block").hasSize(rows.size() + 1);
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			var line = lines[i + 1].substring(0, lines[i + 1].indexOf("</ul>"));
			var head = SUMMARY_HEAD.matcher(line);
			assertThat(head.find()).isTrue();
			assertThat(head.group(1)).isEqualTo(row.unit().code());
			assertThat(head.group(2)).isEqualTo(row.unit().name());
			var percent = row.compliance().percent();
			assertThat(head.group(3)).isEqualTo((percent != null) ? "完成率 " + percent + "%" : "暂无完成率");
			var counts = SUMMARY_COUNT.matcher(line);
			int judged = 0;
			for (var tally : row.tally()) {
				assertThat(counts.find()).isTrue();
				assertThat(counts.group(1)).isEqualTo(tally.glyph().glyph());
				assertThat(counts.group(2)).isEqualTo(Integer.toString(tally.count()));
				judged += tally.count();
			}
			assertThat(counts.find()).as("no other status").isFalse();
			assertThat(judged).as("every cell but blank and not-applicable ones")
				.isEqualTo(row.views().stream().filter(v -> !v.blank() && v.status() != Status.NOT_APPLICABLE).count());
		}
	}

	@Test
	void reportersDoNotSeeTheProvincialDashboard() throws Exception {
		this.mvc.perform(get("/dashboard").session(signIn(this.mvc, "nanning"))).andExpect(status().isForbidden());
	}

}
