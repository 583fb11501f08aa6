package com.tasktable.dashboards;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
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
		var hezhouRow = page.substring(page.indexOf(">贺州市<"), page.indexOf("</tr>", page.indexOf(">贺州市<")));
		assertThat(hezhouRow).as("Hezhou opens facilities from 2020").contains("12.C.1 环保设施开放活动: 不适用");
		var nanningRow = page.substring(page.indexOf(">南宁市<"), page.indexOf("</tr>", page.indexOf(">南宁市<")));
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
	void reportersDoNotSeeTheProvincialDashboard() throws Exception {
		this.mvc.perform(get("/dashboard").session(signIn(this.mvc, "nanning"))).andExpect(status().isForbidden());
	}

}
