package com.tasktable.dashboards.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import com.tasktable.dashboards.FigureForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matrix read at a glance: names over codes under their task table rows, a legend
 * that explains every figure and tells every status apart without colour, cells that link
 * only when there is something to open, and a sort that puts the worst first.
 */
@IntegrationTest
class MatrixReadingTests {

	private static final Pattern LEGEND_STATUS = Pattern
		.compile("<li class=\"list-inline-item\" data-status=\"([A-Z_]+)\">"
				+ "\\s*<span class=\"matrix-swatch ([a-z-]+)\" aria-hidden=\"true\">([^<]*)</span>\\s*<span>([^<]*)</span>");

	private static final Pattern LEGEND_FIGURE = Pattern.compile("data-figure=\"([A-Z_]+)\"");

	/**
	 * Quarters of the 2018–2020 table, and today's of the running campaign (with pending
	 * records).
	 */
	private static final String[] QUERIES = { "?campaign=guangxi-2018-2020&year=2018&quarter=4",
			"?campaign=guangxi-2018-2020&year=2019&quarter=1", "?campaign=guangxi-2018-2020&year=2019&quarter=2",
			"?campaign=guangxi-2018-2020&year=2020&quarter=4", "" };

	@Autowired
	MockMvc mvc;

	MockHttpSession reviewer;

	@BeforeEach
	void signInReviewer() throws Exception {
		this.reviewer = signIn(this.mvc, "reviewer");
	}

	@Test
	void columnsReadNameThenCodeUnderTheirTaskTableRow() throws Exception {
		var cities = MatrixPage.parse(page("2019", "2", "")).blocks().get(1);
		assertThat(cities.level()).isEqualTo("CITY");
		assertThat(cities.names().get(cities.codes().indexOf("1.C.1"))).isEqualTo("新闻发布会");
		assertThat(cities.names().get(cities.codes().indexOf("2.C.2"))).isEqualTo("每月曝光");
		assertThat(cities.names()).doesNotContainNull().allSatisfy(name -> assertThat(name).isNotBlank());
		// the first header line: each task table row spans exactly its obligations
		assertThat(cities.groups().get(0)).isEqualTo(new MatrixPage.Group(1, "新闻发布会", 1));
		int column = 0;
		for (var group : cities.groups()) {
			for (int i = 0; i < group.span(); i++) {
				assertThat(cities.codes().get(column++)).startsWith(group.number() + ".C.");
			}
		}
		assertThat(column).isEqualTo(cities.codes().size());
		var english = MatrixPage
			.parse(this.mvc.perform(get("/dashboard").param("campaign", "guangxi-2018-2020")
				.param("year", "2019")
				.param("quarter", "2")
				.param("lang", "en")
				.session(this.reviewer)).andReturn().getResponse().getContentAsString())
			.blocks()
			.get(1);
		assertThat(english.names().get(english.codes().indexOf("1.C.1"))).isEqualTo("Press conference");
		assertThat(english.groups().get(0).title()).isEqualTo("Press conferences");
	}

	@Test
	void theLegendExplainsEveryFigureTheCellsShow() throws Exception {
		Set<FigureForm> seen = new HashSet<>();
		for (var quarter : QUERIES) {
			var html = this.mvc.perform(get("/dashboard" + quarter).session(this.reviewer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Set<String> explained = new HashSet<>();
			var legend = LEGEND_FIGURE.matcher(html);
			while (legend.find()) {
				explained.add(legend.group(1));
			}
			var page = MatrixPage.parse(html);
			for (var block : page.blocks()) {
				seen.add(block.caption().contains("—") ? FigureForm.NO_PERCENT : FigureForm.PERCENT);
				for (var row : block.rows()) {
					seen.add(row.percent().equals("—") ? FigureForm.NO_PERCENT : FigureForm.PERCENT);
					for (var cell : row.cells()) {
						assertThat(cell.figure()).as(row.unit()).matches("|\\d+|\\d+\\+\\d+|\\d+/\\d+");
						seen.add(FigureForm.of(cell.figure()));
					}
				}
			}
			if (html.contains("class=\"cell-grace\"")) {
				seen.add(FigureForm.GRACE);
			}
			assertThat(explained).as(quarter).containsAll(seen.stream().map(Enum::name).toList());
		}
		assertThat(seen).as("the quarters read show the usual forms")
			.contains(FigureForm.APPROVED, FigureForm.WITH_PENDING, FigureForm.PERIODS, FigureForm.PERCENT,
					FigureForm.BLANK);
	}

	@Test
	void everyStatusHasItsOwnGlyphAndTextSoColourIsNeverAlone() throws Exception {
		var html = page("2019", "2", "");
		Map<String, String> glyphByClass = new HashMap<>();
		Map<String, String> textByClass = new HashMap<>();
		var legend = LEGEND_STATUS.matcher(html);
		while (legend.find()) {
			glyphByClass.put(legend.group(2), legend.group(3));
			textByClass.put(legend.group(2), legend.group(4));
		}
		assertThat(glyphByClass).hasSize(8);
		// statuses a deuteranope or protanope could confuse by colour still read apart
		assertThat(new HashSet<>(glyphByClass.values())).hasSize(8).doesNotContain("");
		assertThat(new HashSet<>(textByClass.values())).hasSize(8).doesNotContain("");
		int checked = 0;
		for (var block : MatrixPage.parse(html).blocks()) {
			for (var row : block.rows()) {
				for (var cell : row.cells()) {
					if (cell.cssClass().equals("cell-none")) {
						assertThat(cell.glyph()).isEmpty();
						continue;
					}
					assertThat(cell.glyph()).as(row.unit()).isEqualTo(glyphByClass.get(cell.cssClass()));
					assertThat(cell.hiddenText()).as(row.unit()).endsWith(textByClass.get(cell.cssClass()));
					checked++;
				}
			}
		}
		assertThat(checked).isPositive();
	}

	@Test
	void onlyCellsWithSomethingToOpenAreLinksAndTheyOpenTheCellPage() throws Exception {
		var page = MatrixPage.parse(page("2019", "1", "&level=CITY"));
		int links = 0;
		for (var row : page.blocks().get(0).rows()) {
			for (var cell : row.cells()) {
				if (cell.cssClass().equals("cell-none") || cell.cssClass().equals("cell-not-applicable")) {
					assertThat(cell.href()).as(row.unit() + " " + cell).isNull();
				}
				else {
					assertThat(cell.href()).as(row.unit())
						.startsWith("/dashboard/cell?campaign=guangxi-2018-2020&unit=");
					assertThat(cell.href()).endsWith("&year=2019&quarter=1");
					links++;
				}
			}
		}
		assertThat(links).isPositive();
		var hezhou = page.blocks().get(0).rows().stream().filter(r -> r.unit().equals("贺州市")).findFirst().get();
		var facilities = hezhou.cells().get(page.blocks().get(0).codes().indexOf("12.C.1"));
		assertThat(facilities.cssClass()).isEqualTo("cell-not-applicable");
		assertThat(facilities.href()).isNull();
	}

	@Test
	void sortingPutsTheWorstFirstAndKeepsTheQuery() throws Exception {
		var html = page("2019", "2", "&sort=percent");
		assertThat(html).contains("<input type=\"hidden\" name=\"sort\" value=\"percent\">");
		assertThat(html).containsPattern("class=\"text-end matrix-percent\" aria-sort=\"ascending\"");
		var cities = MatrixPage.parse(html).blocks().get(1);
		List<BigDecimal> percents = new ArrayList<>();
		for (var row : cities.rows()) {
			if (!row.percent().equals("—")) {
				percents.add(new BigDecimal(row.percent().replace("%", "")));
			}
		}
		assertThat(percents).hasSizeGreaterThan(1).isSorted();
		var byColumn = page("2019", "2", "&sort=5.C.1");
		assertThat(byColumn).contains("data-code=\"5.C.1\" aria-sort=\"ascending\"");
		var column = MatrixPage.parse(byColumn).blocks().get(1);
		var index = column.codes().indexOf("5.C.1");
		var order = List.of("cell-missed", "cell-behind", "cell-due", "cell-awaiting-review", "cell-met-late",
				"cell-met", "cell-exempt", "cell-not-applicable", "cell-none");
		var ranks = column.rows().stream().map(r -> order.indexOf(r.cells().get(index).cssClass())).toList();
		assertThat(ranks).isSorted();
		// the headers' links keep the quarter
		assertThat(byColumn)
			.contains("href=\"/dashboard?campaign=guangxi-2018-2020&amp;year=2019&amp;quarter=2&amp;sort=1.C.1\"");
		this.mvc
			.perform(get("/dashboard").param("campaign", "guangxi-2018-2020")
				.param("sort", "x'); drop")
				.session(this.reviewer))
			.andExpect(status().isBadRequest());
	}

	private String page(String year, String quarter, String more) throws Exception {
		return this.mvc
			.perform(get("/dashboard?campaign=guangxi-2018-2020&year=" + year + "&quarter=" + quarter + more)
				.session(this.reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
