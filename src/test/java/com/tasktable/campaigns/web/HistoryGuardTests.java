package com.tasktable.campaigns.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import com.tasktable.AdministrationTest;
import com.tasktable.HistoryConfirmations;
import com.tasktable.Html;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.records.RecordFixtures;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * History is guarded: a change that reaches into periods that are over (here, any change
 * to the ended 2018–2020 campaign, or one from a past month of the live campaign) is
 * shown with its impact first and applied only when confirmed with a reason; the impact
 * is the change's real effect; the audit entry keeps it; a confirmation of an impact that
 * has changed since is refused; a version that can never apply is refused next to its
 * date. Dates come from the application's clock.
 */
// a database of its own (from the demo's template): it revises the 2018–2020 table's
// exposure (2.C.2)
// and weights and compares every score before and after, which the other administration
// tests change
// too, in an order the parallel run does not fix
@AdministrationTest
@TestPropertySource(properties = "app.test.context=history-guard")
class HistoryGuardTests {

	static final String OLD = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = RecordFixtures.signIn(this.mvc, "admin");
	}

	@Test
	void exposureEveryTwoMonthsFromJuly2020IsShownWithItsImpactThenConfirmedWithAReason() throws Exception {
		var exposure = obligation(OLD, "2.C.2");
		var from = LocalDate.of(2020, 7, 1);
		List<String> spans = List.of("2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2020");
		Map<String, Map<String, String[]>> before = rankings(spans);
		var request = AdminRequests.revise(exposure.id(), exposure.termsOn(from), from,
				AdminRequests.lockVersion(this.jdbc, exposure.id()), this.admin, Map.of("frequency", "TWO_MONTHS"));

		var page = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(obligation(OLD, "2.C.2").versions()).as("refused until confirmed").isEqualTo(exposure.versions());
		var cells = Html.bodyRows(Html.element(page, "history-cells")).stream().map(Html::text).toList();
		assertThat(cells).isNotEmpty()
			.allSatisfy(cell -> assertThat(cell).contains("2.C.2").containsPattern("2020-Q[34]"));
		assertThat(cells).anySatisfy(cell -> assertThat(cell).startsWith("南宁市"));
		var shown = new TreeSet<>(
				Html.bodyRows(Html.element(page, "history-scores")).stream().map(Html::text).toList());
		assertThat(Html.text(page, "history-summary")).contains("改变判定的单元格：" + cells.size() + " 个");

		var digest = HistoryConfirmations.digest(page);
		var withoutReason = this.mvc.perform(request.param("confirmDigest", digest).param("confirmReason", "  "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(withoutReason, "confirmReason-error")).isEqualTo("必填。");
		assertThat(obligation(OLD, "2.C.2").versions()).isEqualTo(exposure.versions());

		this.mvc
			.perform(AdminRequests.revise(exposure.id(), exposure.termsOn(from), from,
					AdminRequests.lockVersion(this.jdbc, exposure.id()), this.admin, Map.of("frequency", "TWO_MONTHS"))
				.param("confirmDigest", digest)
				.param("confirmReason", "更正：自2020年7月起按两个月一次曝光"))
			.andExpect(redirectedUrl("/admin/obligations/" + exposure.id()));

		var after = rankings(spans);
		assertThat(shown).as("the impact page listed exactly the scores and ranks that changed")
			.isEqualTo(differences(spans, before, after))
			.isNotEmpty();
		assertThat(obligation(OLD, "2.C.2").termsOn(from).frequency()).hasToString("TWO_MONTHS");
		var details = this.jdbc.queryForObject("""
				select details::text from audit_event where action = 'OBLIGATION_REVISED' and entity_id = ?
				order by id desc limit 1""", String.class, exposure.id().toString());
		assertThat(JsonPath.<String>read(details, "$.confirmation.reason")).isEqualTo("更正：自2020年7月起按两个月一次曝光");
		assertThat(JsonPath.<Integer>read(details, "$.confirmation.impact.cellCount")).isEqualTo(cells.size());
		assertThat(JsonPath.<Integer>read(details, "$.confirmation.impact.scoreCount")).isEqualTo(shown.size());
		assertThat(JsonPath.<List<String>>read(details, "$.confirmation.impact.cells")).hasSize(cells.size())
			.allSatisfy(line -> assertThat(line).contains(" 2.C.2 2020-Q"));
	}

	@Test
	void aVersionThatCanNeverApplyIsRefusedNextToItsDateInBothLanguages() throws Exception {
		var exposure = obligation(OLD, "2.C.2");
		var from = LocalDate.of(2020, 11, 15);
		var version = AdminRequests.lockVersion(this.jdbc, exposure.id());
		var page = this.mvc
			.perform(AdminRequests.revise(exposure.id(), exposure.termsOn(from), from, version, this.admin,
					Map.of("frequency", "QUARTER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page, "appliesFrom-error")).contains("2021-Q1").contains("2020-12-31").contains("永远不会适用");
		assertThat(page).doesNotContain("history-confirm");
		var english = this.mvc
			.perform(
					AdminRequests
						.revise(exposure.id(), exposure.termsOn(from), from, version, this.admin,
								Map.of("frequency", "QUARTER"))
						.param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(english, "appliesFrom-error")).contains("2021-Q1").contains("it would never apply");
		assertThat(obligation(OLD, "2.C.2").versions()).isEqualTo(exposure.versions());
	}

	@Test
	void aWeightsChangeFromAPastMonthIsGuardedAndOneFromThisMonthPassesAsBefore() throws Exception {
		var live = live();
		var thisMonth = live.today(this.clock).withDayOfMonth(1);
		var lastMonth = live.clamp(thisMonth.minusMonths(1));
		var city = cityWeights(live);
		var changed = shifted(city, "7.C.1", "8.C.1", BigDecimal.ONE);

		var page = this.mvc.perform(weights(live, changed, lastMonth))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"history-confirm\"").contains(lastMonth.toString());
		assertThat(weightOn(live, "7.C.1", lastMonth)).isEqualByComparingTo(city.get("7.C.1"));
		HistoryConfirmations.confirmed(this.mvc, weights(live, changed, lastMonth)).andExpect(status().isFound());
		assertThat(weightOn(live, "7.C.1", lastMonth)).isEqualByComparingTo(new BigDecimal(changed.get("7.C.1")));
		assertThat(this.jdbc.queryForObject(
				"select details::text from audit_event where action = 'WEIGHTS_UPDATED' order by id desc limit 1",
				String.class))
			.contains(HistoryConfirmations.REASON)
			.contains("\"cellCount\": 0");

		if (!thisMonth.isAfter(live.endDate())) {
			var back = new LinkedHashMap<String, String>();
			city.forEach((code, weight) -> back.put(code, weight.toPlainString()));
			this.mvc.perform(weights(live, back, thisMonth))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/campaigns/" + live.code() + "/weights?level=CITY"));
			assertThat(weightOn(live, "7.C.1", thisMonth)).isEqualByComparingTo(city.get("7.C.1"));
		}
	}

	@Test
	void aTemplateChangeFromThisMonthPassesAsBefore() throws Exception {
		var live = live();
		var from = live.today(this.clock).withDayOfMonth(1);
		var articles = obligation(live.code(), "5.C.2");
		this.mvc
			.perform(AdminRequests.revise(articles.id(), articles.termsOn(from), from,
					AdminRequests.lockVersion(this.jdbc, articles.id()), this.admin,
					Map.of("titleEn", "Original articles, this month on")))
			.andExpect(redirectedUrl("/admin/obligations/" + articles.id()));
		assertThat(obligation(live.code(), "5.C.2").termsOn(from).titleEn())
			.isEqualTo("Original articles, this month on");
		var details = this.jdbc.queryForObject("""
				select details::text from audit_event where action = 'OBLIGATION_REVISED' and entity_id = ?
				order by id desc limit 1""", String.class, articles.id().toString());
		assertThat(details).doesNotContain("confirmation");
	}

	@Test
	void aConfirmationOfAnImpactThatChangedSinceIsRefusedAndTheNewImpactShown() throws Exception {
		var old = this.campaigns.get(root(), OLD);
		var city = cityWeights(old);
		var mine = shifted(city, "9.C.1", "10.C.1", BigDecimal.ONE);
		var page = this.mvc.perform(weights(old, mine, LocalDate.of(2020, 11, 1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var digest = HistoryConfirmations.digest(page);

		// another administrator changes the same weights from an earlier month meanwhile
		HistoryConfirmations
			.confirmed(this.mvc,
					weights(old, shifted(city, "9.C.1", "10.C.1", new BigDecimal("2")), LocalDate.of(2020, 10, 1)))
			.andExpect(status().isFound());

		var conflict = this.mvc
			.perform(weights(old, mine, LocalDate.of(2020, 11, 1)).param("confirmDigest", digest)
				.param("confirmReason", "按审定的权重"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("id=\"history-stale\"").contains("按审定的权重");
		assertThat(HistoryConfirmations.digest(conflict)).isNotEqualTo(digest);
		assertThat(weightOn(old, "9.C.1", LocalDate.of(2020, 11, 1)))
			.isEqualByComparingTo(city.get("9.C.1").add(new BigDecimal("2")));
	}

	private MockHttpServletRequestBuilder weights(CampaignView campaign, Map<String, String> values, LocalDate from) {
		var request = post("/admin/campaigns/{c}/weights", campaign.code()).param("level", "CITY")
			.param("from", from.toString())
			.session(this.admin)
			.with(csrf());
		values.forEach((code, weight) -> request.param("w[" + code + "]", weight));
		return request;
	}

	private Map<String, BigDecimal> cityWeights(CampaignView campaign) {
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		this.campaigns.taskTable(root(), campaign.code(), campaign.clamp(campaign.today(this.clock)))
			.stream()
			.filter(o -> o.level() == UnitLevel.CITY)
			.forEach(o -> weights.put(o.code(), o.terms().weight()));
		return weights;
	}

	private static Map<String, String> shifted(Map<String, BigDecimal> weights, String up, String down, BigDecimal by) {
		Map<String, String> form = new LinkedHashMap<>();
		weights.forEach((code, weight) -> form.put(code, weight.toPlainString()));
		form.put(up, weights.get(up).add(by).toPlainString());
		form.put(down, weights.get(down).subtract(by).toPlainString());
		return form;
	}

	private BigDecimal weightOn(CampaignView campaign, String code, LocalDate day) {
		return obligation(campaign.code(), code).termsOn(day).weight();
	}

	/** Unit code → {score, rank} per span, from the rankings API. */
	private Map<String, Map<String, String[]>> rankings(List<String> spans) throws Exception {
		Map<String, Map<String, String[]>> all = new LinkedHashMap<>();
		for (var span : spans) {
			var request = get("/api/v1/rankings").param("campaign", OLD).param("year", span.substring(0, 4));
			if (span.length() > 4) {
				request.param("month", String.valueOf(Integer.parseInt(span.substring(5))));
			}
			var json = this.mvc.perform(request.with(httpBasic("reviewer", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Map<String, Object>> rows = JsonPath.read(json, "$.rows");
			Map<String, String[]> byUnit = new LinkedHashMap<>();
			for (var row : rows) {
				byUnit.put((String) row.get("unitName"), new String[] { score(row.get("score")),
						(row.get("rank") != null) ? row.get("rank").toString() : "—" });
			}
			all.put(span, byUnit);
		}
		return all;
	}

	private static String score(Object value) {
		return (value != null) ? new BigDecimal(value.toString()).setScale(2).toPlainString() : "—";
	}

	/** The rows an impact page shows for the differences between two sets of rankings. */
	private static TreeSet<String> differences(List<String> spans, Map<String, Map<String, String[]>> before,
			Map<String, Map<String, String[]>> after) {
		List<String> rows = new ArrayList<>();
		for (var span : spans) {
			before.get(span).forEach((unit, was) -> {
				var now = after.get(span).get(unit);
				if (!was[0].equals(now[0]) || !was[1].equals(now[1])) {
					rows.add(span + " " + unit + " " + was[0] + " → " + now[0] + " " + was[1] + " → " + now[1]);
				}
			});
		}
		return new TreeSet<>(rows);
	}

	private CampaignView live() {
		return this.campaigns.running(root(), this.clock).orElseThrow();
	}

	private ObligationView obligation(String campaign, String code) {
		return this.campaigns.obligation(root(), campaign, code);
	}

	private UnitScope root() {
		return UnitScope.of(this.units.byCode("guangxi"));
	}

}
