package com.tasktable.dashboards.web;

import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A matrix cell opened: its periods and why each has its status, its records of every
 * state in the same window, and only for the units the reader may see.
 */
@IntegrationTest
class CellPageTests {

	private static final Pattern PERIOD = Pattern.compile("<tr data-status=\"([A-Z_]+)\">.*?"
			+ "<td class=\"cell-why\">要求 (\\d+) 次，已通过 (\\d+) 次，待审核 (\\d+) 次 → ([^<]+)</td>", Pattern.DOTALL);

	private static final Pattern COUNT = Pattern.compile("共 (\\d+) 条记录");

	private static final Pattern RECORD_ROW = Pattern.compile("<a href=\"/records/\\d+\">");

	@Autowired
	MockMvc mvc;

	@Test
	void eachPeriodSaysWhyThenTheRecordsOfEveryStateFollow() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var link = cellLink("2019", "2", "nanning", "2.C.2");
		var html = this.mvc.perform(get(link).session(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("每月曝光", "2.C.2", "南宁市", "2019 年第 2 季度");
		var period = PERIOD.matcher(html);
		int periods = 0;
		int approved = 0;
		int pending = 0;
		while (period.find()) {
			periods++;
			approved += Integer.parseInt(period.group(3));
			pending += Integer.parseInt(period.group(4));
			assertThat(period.group(2)).isEqualTo("1");
		}
		assertThat(periods).as("2.C.2 is monthly: three months in a quarter").isEqualTo(3);
		assertThat(html).contains("2019-04-01 至 2019-04-30", "2019-06-01 至 2019-06-30");
		// every state by default, in the cell's window
		assertThat(html).contains("记录（活动日期 2019-04-01 至 2019-06-30）");
		int all = count(html);
		assertThat(RECORD_ROW.matcher(html).results().count()).isEqualTo(Math.min(all, CellQuery.PAGE_SIZE));
		var approvedOnly = this.mvc.perform(get(link + "&state=APPROVED").session(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(approvedOnly).contains("记录（活动日期 2019-04-01 至 2019-06-30）");
		assertThat(count(approvedOnly)).isLessThanOrEqualTo(all).isGreaterThanOrEqualTo(approved > 0 ? 1 : 0);
		// the state filters keep the window
		assertThat(html).contains(link.replace("&", "&amp;") + "&amp;state=PENDING\"",
				link.replace("&", "&amp;") + "&amp;state=RETURNED\"");
		assertThat(pending).isGreaterThanOrEqualTo(0);
	}

	@Test
	void aPendingRecordShowsAsAwaitingReviewWithItsReason() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		// a "0+7"-like cell of the running campaign's quarter: one with pending records
		var page = MatrixPage.parse(
				this.mvc.perform(get("/dashboard").session(reviewer)).andReturn().getResponse().getContentAsString());
		String link = null;
		for (var block : page.blocks()) {
			for (var row : block.rows()) {
				for (var cell : row.cells()) {
					if (link == null && cell.figure().contains("+") && cell.href() != null) {
						link = cell.href();
					}
				}
			}
		}
		assertThat(link).as("a cell with pending records this quarter").isNotNull();
		var html = this.mvc.perform(get(link).session(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("待审核 [1-9]\\d* (次|天|类)");
		assertThat(html).contains("state-PENDING");
	}

	@Test
	void aReporterOpensOnlyTheirOwnUnitsCells() throws Exception {
		var link = cellLink("2019", "2", "nanning", "1.C.1");
		var nanning = signIn(this.mvc, "nanning");
		this.mvc.perform(get(link).session(nanning)).andExpect(status().isOk());
		this.mvc.perform(get(link.replace("unit=nanning", "unit=liuzhou")).session(nanning))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(link.replace("unit=nanning", "unit=guangxi")).session(nanning))
			.andExpect(status().isNotFound());
		var reviewer = signIn(this.mvc, "reviewer");
		this.mvc.perform(get(link.replace("unit=nanning", "unit=liuzhou")).session(reviewer))
			.andExpect(status().isOk());
		// a region obligation has no cell for a city
		var region = cellLink("2019", "2", "guangxi", "1.R.1");
		this.mvc.perform(get(region.replace("unit=guangxi", "unit=nanning")).session(reviewer))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(link.replace("&quarter=2", "")).session(reviewer)).andExpect(status().isBadRequest());
		this.mvc.perform(get(link.replace("&quarter=2", "&quarter=5")).session(reviewer))
			.andExpect(status().isBadRequest());
	}

	/** The link of a unit's cell as the matrix shows it. */
	private String cellLink(String year, String quarter, String unit, String code) throws Exception {
		var page = MatrixPage.parse(
				this.mvc
					.perform(get("/dashboard?campaign=guangxi-2018-2020&year=" + year + "&quarter=" + quarter)
						.session(signIn(this.mvc, "reviewer")))
					.andReturn()
					.getResponse()
					.getContentAsString());
		for (var block : page.blocks()) {
			var column = block.codes().indexOf(code);
			for (var row : block.rows()) {
				if (row.code().equals(unit) && column >= 0) {
					return row.cells().get(column).href();
				}
			}
		}
		throw new AssertionError("No cell " + unit + " " + code);
	}

	private static int count(String html) {
		var count = COUNT.matcher(html);
		assertThat(count.find()).isTrue();
		return Integer.parseInt(count.group(1));
	}

}
