package com.tasktable.campaigns.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.tasktable.AdministrationTest;
import com.tasktable.HistoryConfirmations;
import com.tasktable.Html;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ScoreMode;
import com.tasktable.compliance.Scoring;
import com.tasktable.records.RecordFixtures;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.scoring.Scores;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing an obligation from a date makes a new version: the periods before that date are
 * judged exactly as before, asserted through {@code GET /api/v1/compliance}; the
 * obligation's page shows the history; a bad form changes nothing; retirement ends it.
 */
// a database of its own (from the demo's template): it revises the 2018–2020 table's
// exposure (2.C.2)
// and yearly products (9.C.1) and reads their history back, which the other
// administration tests
// change too, in an order the parallel run does not fix
@AdministrationTest
@TestPropertySource(properties = "app.test.context=obligation-versioning")
class ObligationVersioningTests {

	static final String CAMPAIGN = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	Scores scores;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = RecordFixtures.signIn(this.mvc, "admin");
	}

	@Test
	void aFrequencyChangeIn2019LeavesEvery2018StatusAsItWas() throws Exception {
		var exposure = obligation("2.C.2");
		assertThat(exposure.terms().frequency()).hasToString("MONTH");
		Map<String, Object> before2018 = quarters(2018);
		var q3Before = quarter(2019, 3);
		var q2Before = quarter(2019, 2);

		HistoryConfirmations
			.confirmed(this.mvc,
					AdminRequests.revise(exposure.id(), exposure.termsOn(LocalDate.of(2019, 7, 1)),
							LocalDate.of(2019, 7, 1), AdminRequests.lockVersion(this.jdbc, exposure.id()), this.admin,
							Map.of("frequency", "QUARTER", "minCount", "2")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/obligations/" + exposure.id()));

		assertThat(quarters(2018)).as("every 2018 quarter, every unit, every obligation").isEqualTo(before2018);
		assertThat(quarter(2019, 2)).isEqualTo(q2Before);
		var q3After = quarter(2019, 3);
		assertThat(q3After).isNotEqualTo(q3Before);
		assertThat(cell(q3Before, "nanning", "2.C.2")).as("three months asking for 1 each")
			.containsEntry("applicable", 3)
			.containsEntry("required", 3);
		assertThat(cell(q3After, "nanning", "2.C.2")).as("one quarter asking for 2")
			.containsEntry("applicable", 1)
			.containsEntry("required", 2);
		assertThat(cell(q3After, "nanning", "2.C.1")).isEqualTo(cell(q3Before, "nanning", "2.C.1"));

		var revised = obligation("2.C.2");
		assertThat(revised.versions()).hasSize(2);
		assertThat(revised.versions().get(0).validTo()).isEqualTo(LocalDate.of(2019, 7, 1));
		assertThat(revised.termsOn(LocalDate.of(2018, 3, 1)).frequency()).hasToString("MONTH");
		assertThat(revised.termsOn(LocalDate.of(2019, 7, 1)).frequency()).hasToString("QUARTER");
		var details = this.jdbc.queryForObject("""
				select details::text from audit_event where action = 'OBLIGATION_REVISED' and entity_id = ?
				order by id desc limit 1""", String.class, exposure.id().toString());
		assertThat(JsonPath.<String>read(details, "$.before.frequency")).isEqualTo("MONTH");
		assertThat(JsonPath.<String>read(details, "$.after.frequency")).isEqualTo("QUARTER");
		assertThat(JsonPath.<String>read(details, "$.after.minCount")).isEqualTo("2");
		assertThat(JsonPath.<String>read(details, "$.from")).isEqualTo("2019-07-01");
	}

	@Test
	void theObligationsPageShowsItsHistory() throws Exception {
		var press = obligation("1.C.1");
		HistoryConfirmations
			.confirmed(this.mvc,
					AdminRequests.revise(press.id(), press.terms(), LocalDate.of(2020, 1, 1),
							AdminRequests.lockVersion(this.jdbc, press.id()), this.admin,
							Map.of("frequency", "TWO_MONTHS", "titleEn", "Press conference every two months")))
			.andExpect(status().is3xxRedirection());
		var page = this.mvc.perform(get("/admin/obligations/" + press.id()).session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var history = Html.bodyRows(Html.element(page, "history")).stream().map(Html::text).toList();
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).startsWith("2018-01-01 2019-12-31").contains("季");
		assertThat(history.get(1)).startsWith("2020-01-01 —").contains("两个月");
	}

	@Test
	void aBadFormIsAnsweredNextToItsFieldsAndChangesNothing() throws Exception {
		var articles = obligation("5.C.2");
		var version = AdminRequests.lockVersion(this.jdbc, articles.id());
		var page = this.mvc
			.perform(AdminRequests.revise(articles.id(), articles.terms(), LocalDate.of(2017, 6, 1), version,
					this.admin, Map.of("minCount", "3", "maxCount", "2", "title", " ")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page, "appliesFrom-error")).contains("2018-01-01");
		assertThat(Html.text(page, "maxCount-error")).isEqualTo("最多次数不能小于最少次数。");
		assertThat(Html.text(page, "title-error")).isEqualTo("必填。");
		assertThat(obligation("5.C.2").versions()).isEqualTo(articles.versions());
		assertThat(AdminRequests.lockVersion(this.jdbc, articles.id())).isEqualTo(version);
	}

	@Test
	void aYearlyTargetSwitchedToAllOrNothingFrom2020KeepsItsShareIn2019() throws Exception {
		var products = obligation("9.C.1");
		assertThat(products.terms().scoreMode()).isEqualTo(ScoreMode.PROPORTIONAL);
		var root = UnitScope.of(this.units.byCode("guangxi"));
		var cities = this.units.within(root).stream().filter(u -> u.level() == UnitLevel.CITY).toList();
		Map<String, Scoring.ItemScore> before2019 = new LinkedHashMap<>();
		Map<String, Scoring.ItemScore> before2020 = new LinkedHashMap<>();
		for (var city : cities) {
			before2019.put(city.code(), item(city.code(), 2019));
			before2020.put(city.code(), item(city.code(), 2020));
		}
		var partly = before2020.entrySet()
			.stream()
			.filter(e -> e.getValue().missed() == 1 && e.getValue().fulfilment().signum() > 0)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo has a city short of its 2020 target with some records"));

		var shown = "全年 %d/3（其中逾期 %d）".formatted(partly.getValue().yearly().yearToDate(),
				partly.getValue().yearly().late());
		assertThat(scorePage(partly.getKey(), 2020)).contains(shown).contains("按完成比例计分");
		// the 2018–2020 campaign has ended: a guarded change, confirmed with a reason
		HistoryConfirmations.confirmed(this.mvc,
				AdminRequests.revise(products.id(), products.terms(), LocalDate.of(2020, 1, 1),
						AdminRequests.lockVersion(this.jdbc, products.id()), this.admin,
						Map.of("scoreMode", "ALL_OR_NOTHING")))
			.andExpect(status().is3xxRedirection());
		assertThat(scorePage(partly.getKey(), 2020)).contains(shown).contains("达标才得分");

		var revised = obligation("9.C.1");
		assertThat(revised.termsOn(LocalDate.of(2019, 12, 31)).scoreMode()).isEqualTo(ScoreMode.PROPORTIONAL);
		assertThat(revised.termsOn(LocalDate.of(2020, 1, 1)).scoreMode()).isEqualTo(ScoreMode.ALL_OR_NOTHING);
		for (var city : cities) {
			assertThat(item(city.code(), 2019)).as("2019 keeps its mode: %s", city.code())
				.isEqualTo(before2019.get(city.code()));
		}
		var after = item(partly.getKey(), 2020);
		assertThat(after.fulfilment()).as("short of the target: nothing").isEqualByComparingTo("0");
		assertThat(after.missed()).isEqualTo(1);
		assertThat(item(partly.getKey(), 2020).weight()).isEqualTo(partly.getValue().weight());
		var details = this.jdbc.queryForObject("""
				select details::text from audit_event where action = 'OBLIGATION_REVISED' and entity_id = ?
				order by id desc limit 1""", String.class, products.id().toString());
		assertThat(JsonPath.<String>read(details, "$.before.scoreMode")).isEqualTo("PROPORTIONAL");
		assertThat(JsonPath.<String>read(details, "$.after.scoreMode")).isEqualTo("ALL_OR_NOTHING");
		var form = this.mvc.perform(get("/admin/obligations/" + products.id() + "/edit").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("计分方式").contains("value=\"ALL_OR_NOTHING\" selected=\"selected\"");
		this.mvc.perform(get("/admin/obligations/" + products.id()).session(this.admin))
			.andExpect(content().string(containsString("达标才得分")));
		this.mvc
			.perform(get("/api/v1/campaigns/guangxi-2018-2020/obligations").param("asOf", "2020-06-30")
				.with(httpBasic("reviewer", "demo")))
			.andExpect(jsonPath("$[?(@.code == '9.C.1')].scoreMode").value("ALL_OR_NOTHING"));
		this.mvc
			.perform(get("/api/v1/campaigns/guangxi-2018-2020/obligations").param("asOf", "2019-06-30")
				.with(httpBasic("reviewer", "demo")))
			.andExpect(jsonPath("$[?(@.code == '9.C.1')].scoreMode").value("PROPORTIONAL"));

		// back to proportional from the same day, for the other tests of this context
		HistoryConfirmations.confirmed(this.mvc,
				AdminRequests.revise(products.id(), revised.terms(), LocalDate.of(2020, 1, 1),
						AdminRequests.lockVersion(this.jdbc, products.id()), this.admin,
						Map.of("scoreMode", "PROPORTIONAL")))
			.andExpect(status().is3xxRedirection());
		assertThat(item(partly.getKey(), 2020)).isEqualTo(partly.getValue());
	}

	private String scorePage(String unit, int year) throws Exception {
		var page = this.mvc
			.perform(get("/scores/" + unit).param("campaign", CAMPAIGN)
				.param("year", String.valueOf(year))
				.session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Html.text(page, "item-9.C.1");
	}

	private Scoring.ItemScore item(String unit, int year) {
		var score = this.scores.unitScore(UnitScope.of(this.units.byCode("guangxi")), CAMPAIGN, unit,
				new ScoreSpan(year, null));
		return score.score().items().stream().filter(i -> i.code().equals("9.C.1")).findFirst().orElseThrow();
	}

	@Test
	void retiringEndsTheObligationFromADate() throws Exception {
		var interviews = obligation("3.C.2");
		HistoryConfirmations
			.confirmed(this.mvc,
					post("/admin/obligations/" + interviews.id() + "/retire").session(this.admin)
						.with(csrf())
						.param("retireFrom", "2020-01-01")
						.param("version", String.valueOf(AdminRequests.lockVersion(this.jdbc, interviews.id()))))
			.andExpect(status().is3xxRedirection());
		assertThat(obligation("3.C.2").effectiveTo()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(cell(quarter(2019, 4), "nanning", "3.C.2").get("status")).isNotEqualTo("NOT_APPLICABLE");
		assertThat(cell(quarter(2020, 4), "nanning", "3.C.2").get("status")).isEqualTo("NOT_APPLICABLE");
		this.mvc.perform(get("/admin/obligations/" + interviews.id()).session(this.admin))
			.andExpect(content().string(containsString("retired-note")));
	}

	@Test
	void theDatesOfAMovableDayByYear() throws Exception {
		var lowCarbon = obligation("11.C.3");
		var version = AdminRequests.lockVersion(this.jdbc, lowCarbon.id());
		this.mvc
			.perform(post("/admin/obligations/" + lowCarbon.id() + "/event-dates").session(this.admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("eventDates", "2017-06-14\n2020-07-02"))
			.andExpect(redirectedUrl("/admin/obligations/" + lowCarbon.id()));
		assertThat(obligation("11.C.3").eventDates()).isEqualTo(lowCarbon.eventDates());
		HistoryConfirmations
			.confirmed(this.mvc,
					post("/admin/obligations/" + lowCarbon.id() + "/event-dates").session(this.admin)
						.with(csrf())
						.param("version", String.valueOf(version))
						.param("eventDates", "2019-06-19\n2020-07-02"))
			.andExpect(redirectedUrl("/admin/obligations/" + lowCarbon.id()));
		assertThat(obligation("11.C.3").eventDates()).containsExactly(Map.entry(2019, LocalDate.of(2019, 6, 19)),
				Map.entry(2020, LocalDate.of(2020, 7, 2)));
		this.mvc.perform(get("/admin/obligations/" + lowCarbon.id()).session(this.admin))
			.andExpect(content().string(containsString("2019-06-19\n2020-07-02</textarea>")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'OBLIGATION_EVENT_DATES_CHANGED' and entity_id = ?",
				Integer.class, lowCarbon.id().toString()))
			.isEqualTo(1);
	}

	@Test
	void onlyAdministratorsAndOnlyExistingObligations() throws Exception {
		var press = obligation("1.C.1");
		this.mvc.perform(get("/admin/obligations/" + press.id()).session(RecordFixtures.signIn(this.mvc, "reviewer")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/obligations/" + press.id()).session(RecordFixtures.signIn(this.mvc, "nanning"))
				.with(csrf())
				.param("appliesFrom", "2019-01-01"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/obligations/999999").session(this.admin)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/obligations/" + press.id()).session(this.admin).param("appliesFrom", "2019-01-01"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/campaigns").session(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CAMPAIGN)))
			.andExpect(content().string(not(containsString("error"))));
	}

	ObligationView obligation(String code) {
		return this.campaigns.obligation(UnitScope.of(this.units.byCode("guangxi")), CAMPAIGN, code);
	}

	Map<String, Object> quarters(int year) throws Exception {
		Map<String, Object> all = new LinkedHashMap<>();
		for (int q = 1; q <= 4; q++) {
			all.put(year + "Q" + q, quarter(year, q));
		}
		return all;
	}

	List<Map<String, Object>> quarter(int year, int quarter) throws Exception {
		var json = this.mvc
			.perform(get("/api/v1/compliance").param("campaign", CAMPAIGN)
				.param("year", String.valueOf(year))
				.param("quarter", String.valueOf(quarter))
				.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> units = JsonPath.read(json, "$.units");
		assertThat(units).hasSizeGreaterThanOrEqualTo(15);
		return units;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> cell(List<Map<String, Object>> units, String unit, String code) {
		var found = units.stream().filter(u -> unit.equals(u.get("code"))).findFirst().orElseThrow();
		return ((Map<String, Map<String, Object>>) found.get("obligations")).get(code);
	}

}
