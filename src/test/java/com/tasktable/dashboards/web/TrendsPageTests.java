package com.tasktable.dashboards.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import com.tasktable.compliance.Frequency;
import com.tasktable.dashboards.Trends;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trends page on the demo: the units ranked best first by name, one unit against the
 * average with the choice kept in the address, the running quarter marked on the charts
 * and the tables, a heatmap that prints every figure, and each chart named for screen
 * readers beside a table of the same numbers.
 */
@IntegrationTest
class TrendsPageTests {

	static final String OLD = "guangxi-2018-2020";

	private static final Pattern RANKING_ROW = Pattern
		.compile("<tr data-unit=\"([a-z0-9-]+)\"(?: data-percent=\"([0-9.]+)\")?>\\s*<td>([^<]*)</td>\\s*"
				+ "<th scope=\"row\">([^<]*)</th>");

	private static final Pattern COMPARISON_ROW = Pattern
		.compile("<tr data-quarter=\"(\\d{4}-Q[1-4])\" data-running=\"(true|false)\">.*?</th>\\s*"
				+ "<td class=\"text-end\">([^<]*)</td>\\s*<td class=\"text-end\">([^<]*)</td>", Pattern.DOTALL);

	private static final Pattern HEAT_CELL = Pattern
		.compile("<td class=\"text-end (?:fw-semibold )?(heat-[a-z0-9]+)" + "(?: trend-running)?\">([^<]*)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	ObjectMapper json;

	@Test
	void theUnitsAreRankedBestFirstByNameInTheChartAndItsTable() throws Exception {
		var page = open(signIn(this.mvc, "reviewer"), "campaign", OLD);
		var ranking = (Trends.Ranking) page.getModelAndView().getModel().get("ranking");
		var html = page.getResponse().getContentAsString();

		assertThat(ranking.quarter()).as("the campaign so far by default").isNull();
		assertThat(ranking.places()).hasSize(14);
		List<BigDecimal> percents = ranking.places().stream().map(Trends.Place::percent).toList();
		assertThat(percents).doesNotContainNull()
			.isSortedAccordingTo(Comparator.<BigDecimal>reverseOrder())
			.anySatisfy(p -> assertThat(p).isNotEqualByComparingTo(percents.get(0)));

		List<String> codes = new ArrayList<>();
		var row = RANKING_ROW.matcher(html);
		while (row.find()) {
			codes.add(row.group(1));
			assertThat(row.group(4)).as("a name, not a code").endsWith("市");
		}
		assertThat(codes).containsExactlyElementsOf(ranking.places().stream().map(p -> p.unit().code()).toList());

		var chart = chart(html, "trends-ranking");
		List<String> names = new ArrayList<>();
		chart.get("names").forEach(name -> names.add(name.asString()));
		assertThat(names).containsExactlyElementsOf(ranking.places().stream().map(p -> p.unit().name()).toList())
			.contains("南宁市");
		assertThat(chart.get("labels").get(0).asString()).isEqualTo(percents.get(0) + "%");
		assertThat(html)
			.contains("<div id=\"trends-ranking\" class=\"trends-chart\" role=\"img\" "
					+ "aria-describedby=\"ranking-summary\" aria-label=\"各单位完成率排名条形图（活动至今），从高到低\"")
			.contains("<p id=\"ranking-summary\">最高：" + ranking.best().orElseThrow().unit().name())
			.contains("id=\"ranking-table\"");
	}

	@Test
	void aQuarterIsRankedWithTiesSharingAPlace() throws Exception {
		var page = open(signIn(this.mvc, "reviewer"), "campaign", OLD, "period", "2019-Q2");
		var ranking = (Trends.Ranking) page.getModelAndView().getModel().get("ranking");
		assertThat(ranking.quarter().key()).isEqualTo("2019-Q2");
		var html = page.getResponse().getContentAsString();
		assertThat(html).contains("各单位完成率排名：2019-Q2")
			.containsPattern("<option value=\"2019-Q2\"\\s+selected=\"selected\">");
		var row = RANKING_ROW.matcher(html);
		int i = 0;
		while (row.find()) {
			var place = ranking.places().get(i++);
			assertThat(row.group(3)).isEqualTo(place.tied() ? "并列第 " + place.place() : "" + place.place());
		}
		assertThat(i).isEqualTo(14);
	}

	@Test
	void oneUnitAgainstTheAverageIsChosenInTheAddress() throws Exception {
		var page = open(signIn(this.mvc, "reviewer"), "campaign", OLD, "unit", "hechi");
		var trends = (Trends) page.getModelAndView().getModel().get("trends");
		var comparison = (Trends.Comparison) page.getModelAndView().getModel().get("comparison");
		var hechi = trends.line("hechi").orElseThrow();
		assertThat(comparison.unit().code()).isEqualTo("hechi");

		var html = page.getResponse().getContentAsString();
		assertThat(html).containsPattern("<option value=\"hechi\"\\s+selected=\"selected\">河池市</option>")
			.contains("<h2 class=\"h5\" id=\"comparison-heading\">河池市与各单位平均</h2>")
			.contains("aria-label=\"河池市与各单位平均的各季度完成率折线图\"");
		var row = COMPARISON_ROW.matcher(html);
		int i = 0;
		while (row.find()) {
			assertThat(row.group(1)).isEqualTo(trends.quarters().get(i).key());
			assertThat(row.group(3)).isEqualTo(percent(hechi.percents().get(i)));
			assertThat(row.group(4)).isEqualTo(percent(trends.averages().get(i)));
			i++;
		}
		assertThat(i).as("one row per quarter of 2018–2020").isEqualTo(12);

		var chart = chart(html, "trends-comparison");
		assertThat(chart.get("unit").get("name").asString()).isEqualTo("河池市");
		assertThat(chart.get("average").get("values")).hasSize(12);
		assertThat(chart.get("running").asInt()).as("the old campaign is over").isEqualTo(-1);

		var english = open(signIn(this.mvc, "reviewer"), "campaign", OLD, "unit", "hechi", "lang", "en").getResponse()
			.getContentAsString();
		assertThat(english).contains("Hechi against the average of the units")
			.containsPattern("<option value=\"hechi\"\\s+selected=\"selected\">Hechi</option>");
	}

	@Test
	void theRunningQuarterIsMarkedOnTheChartsAndTheTables() throws Exception {
		var running = Frequency.QUARTER.periodContaining(this.fixtures.today()).key();
		var session = signIn(this.mvc, "reviewer");
		var page = open(session);
		var trends = (Trends) page.getModelAndView().getModel().get("trends");
		assertThat(trends.campaign().code()).isEqualTo(this.fixtures.live().code());
		assertThat(trends.running()).get().extracting(Trends.Quarter::key).isEqualTo(running);

		var html = page.getResponse().getContentAsString();
		assertThat(html).contains("id=\"running-note\"")
			.contains("<th scope=\"col\" class=\"text-end trend-running\" data-quarter=\"" + running + "\"><span>"
					+ running + "</span><span class=\"d-block small fw-normal\">进行中</span></th>")
			.contains("<tr data-quarter=\"" + running + "\" data-running=\"true\">")
			.containsPattern("<option value=\"" + running + "\"\\s*>" + running + "（进行中）</option>");
		var chart = chart(html, "trends-comparison");
		int last = trends.quarters().size() - 1;
		assertThat(chart.get("running").asInt()).isEqualTo(last);
		assertThat(chart.get("quarters").get(last).asString()).isEqualTo(running + "（进行中）");

		var ranked = open(session, "period", running).getResponse().getContentAsString();
		assertThat(ranked).contains("各单位完成率排名：" + running + "（进行中）");

		var over = open(session, "campaign", OLD).getResponse().getContentAsString();
		assertThat(over).doesNotContain("running-note").doesNotContain("trend-running").doesNotContain("（进行中）");
	}

	@Test
	void theHeatmapPrintsEveryFigureBesideItsColour() throws Exception {
		var page = open(signIn(this.mvc, "reviewer"), "campaign", OLD);
		var trends = (Trends) page.getModelAndView().getModel().get("trends");
		var html = page.getResponse().getContentAsString();
		var cell = HEAT_CELL.matcher(html);
		int cells = 0;
		while (cell.find()) {
			var figure = cell.group(2);
			if (cell.group(1).equals("heat-none")) {
				assertThat(figure).isEqualTo("—");
			}
			else {
				assertThat(trends.heat(new BigDecimal(figure.replace("%", "")))).isEqualTo(cell.group(1));
			}
			cells++;
		}
		assertThat(cells).as("each unit and the average, each quarter and the campaign so far")
			.isEqualTo((14 + 1) * (trends.quarters().size() + 1));
		assertThat(html).contains("id=\"heat-scale\"")
			.contains("<div class=\"trends-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"heat-heading\">");
	}

	@Test
	void aUnitOrQuarterTheTrendsDoNotShowIsABadRequest() throws Exception {
		var session = signIn(this.mvc, "reviewer");
		this.mvc.perform(get("/dashboard/trends").param("unit", "nowhere").session(session))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/dashboard/trends").param("unit", "guangxi").session(session))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/dashboard/trends").param("campaign", OLD).param("period", "2026-Q1").session(session))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/dashboard/trends").param("period", "Q1").session(session))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/dashboard/trends").session(signIn(this.mvc, "nanning")))
			.andExpect(status().isForbidden());
	}

	private MvcResult open(MockHttpSession session, String... parameters) throws Exception {
		var request = get("/dashboard/trends").session(session);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	/** The numbers a chart's script reads from its element. */
	private JsonNode chart(String html, String id) {
		var matcher = Pattern.compile("<div id=\"" + id + "\"[^>]*data-chart=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as("chart " + id).isTrue();
		return this.json.readTree(HtmlUtils.htmlUnescape(matcher.group(1)));
	}

	private static String percent(BigDecimal value) {
		return Objects.toString(value != null ? value + "%" : null, "—");
	}

}
