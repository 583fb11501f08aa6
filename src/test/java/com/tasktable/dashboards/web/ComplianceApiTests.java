package com.tasktable.dashboards.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.tasktable.IntegrationTest;
import com.tasktable.records.RecordFixtures;
import com.tasktable.users.ApiTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/compliance}: the dashboard's numbers for programs, scoped like every
 * other API, and each count as long as the list of records behind it.
 */
@IntegrationTest
class ComplianceApiTests {

	/**
	 * Kinds whose counts are not records: directives done, and a reviewer's rating (daily
	 * activity counts days and coverage categories: their cells say so in {@code unit}).
	 */
	private static final Set<String> NOT_RECORDS = Set.of("DIRECTIVE", "ASSESSMENT");

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	ApiTokens tokens;

	@Test
	void needsCredentials() throws Exception {
		this.mvc.perform(get("/api/v1/compliance"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void isDocumented() throws Exception {
		this.mvc.perform(get("/v3/api-docs").session(RecordFixtures.signIn(this.mvc, "nanning")))
			.andDo((r) -> Files.writeString(Path.of("target/api-docs.json"), r.getResponse().getContentAsString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/compliance'].get.parameters[*].name")
				.value(Matchers.containsInAnyOrder("campaign", "year", "quarter", "unit")))
			.andExpect(jsonPath("$.paths['/api/v1/compliance'].get.tags[0]").value("Compliance"))
			.andExpect(jsonPath("$.components.schemas.ComplianceCell.properties.approved.description")
				.value("What approved records make, in `unit`: records, days or categories"))
			.andExpect(jsonPath("$.components.schemas.ComplianceResponse.properties.units.items['$ref']")
				.value("#/components/schemas/ComplianceUnit"));
	}

	@Test
	void theReviewerSeesTheRegionAndItsFourteenCities() throws Exception {
		var today = this.fixtures.today();
		var quarterStart = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.campaign").value(this.fixtures.live().code()))
			.andExpect(jsonPath("$.quarter.year").value(today.getYear()))
			.andExpect(jsonPath("$.quarter.quarter").value((today.getMonthValue() + 2) / 3))
			.andExpect(jsonPath("$.quarter.start").value(quarterStart.toString()))
			.andExpect(jsonPath("$.quarter.end").value(quarterStart.plusMonths(3).minusDays(1).toString()))
			.andExpect(jsonPath("$.units", hasSize(15)))
			.andExpect(jsonPath("$.units[0].code").value("guangxi"))
			.andExpect(jsonPath("$.units[0].level").value("REGION"))
			.andExpect(jsonPath("$.units[?(@.level == 'CITY')]", hasSize(14)))
			.andExpect(jsonPath("$.units[1].code").value("nanning"))
			.andExpect(jsonPath("$.units[1].name").value("南宁市"))
			.andExpect(jsonPath("$.units[1].obligations['1.C.1'].status").isString())
			.andExpect(jsonPath("$.units[1].obligations['1.C.1'].required").isNumber());
	}

	@Test
	void aCityReporterSeesOnlyItsOwnUnit() throws Exception {
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units", hasSize(1)))
			.andExpect(jsonPath("$.units[0].code").value("nanning"));
		this.mvc.perform(get("/api/v1/compliance").param("unit", "nanning").with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units", hasSize(1)));
		this.mvc.perform(get("/api/v1/compliance").param("unit", "liuzhou").with(httpBasic("nanning", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/api/v1/compliance").param("unit", "liuzhou").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[*].code").value(everyItem(is("liuzhou"))))
			.andExpect(jsonPath("$.units", hasSize(1)));
		this.mvc.perform(get("/api/v1/compliance").param("campaign", "no-such").with(httpBasic("nanning", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void showsTheNumbersOfTheDashboard() throws Exception {
		var last = this.fixtures.today().minusMonths(3);
		var query = "?campaign=%s&year=%d&quarter=%d".formatted(this.fixtures.live().code(), last.getYear(),
				(last.getMonthValue() + 2) / 3);
		var session = RecordFixtures.signIn(this.mvc, "reviewer");
		var page = MatrixPage.parse(this.mvc.perform(get("/dashboard" + query).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<Map<String, Object>> units = JsonPath
			.read(this.mvc.perform(get("/api/v1/compliance" + query).with(httpBasic("reviewer", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.units");
		int u = 0;
		for (var block : page.blocks()) {
			for (var row : block.rows()) {
				var unit = units.get(u++);
				assertThat(unit.get("code")).isEqualTo(row.code());
				var percent = (Number) unit.get("percent");
				assertThat((percent != null) ? "%.1f%%".formatted(percent.doubleValue()) : "—").as(row.code())
					.isEqualTo(row.percent());
				@SuppressWarnings("unchecked")
				var cells = (Map<String, Map<String, Object>>) unit.get("obligations");
				assertThat(cells.keySet()).containsExactlyElementsOf(block.codes());
				for (int i = 0; i < block.codes().size(); i++) {
					assertThat(cells.get(block.codes().get(i)).get("figure"))
						.as(row.code() + " " + block.codes().get(i))
						.isEqualTo(row.cells().get(i).figure());
				}
			}
		}
		assertThat(u).isEqualTo(units.size()).isEqualTo(15);
	}

	@Test
	void eachCountIsTheNumberOfRecordsBehindIt() throws Exception {
		var campaign = this.fixtures.live().code();
		var today = this.fixtures.today();
		var nanning = "Bearer " + this.tokens.create(this.fixtures.user("nanning"), "counts", Duration.ofDays(1));
		var reviewer = "Bearer " + this.tokens.create(this.fixtures.user("reviewer"), "counts", Duration.ofDays(1));
		int checked = 0;
		for (var day : List.of(today, today.minusMonths(3), today.minusMonths(9))) {
			checked += compareWithRecords(nanning, campaign, day, "nanning");
			checked += compareWithRecords(reviewer, campaign, day, "guangxi");
		}
		assertThat(checked).as("cells counted in records (daily cells count days, coverage categories)")
			.isGreaterThan(40);
	}

	/**
	 * The live demo's recent periods, read as a unit's periods: no period is MISSED
	 * before its grace days have passed; a period over and inside them that is not done
	 * reads DUE (nothing on time waiting) or AWAITING_REVIEW (pending records logged in
	 * time would meet it), never red, with its last grace day; a period met only by
	 * pending records reads AWAITING_REVIEW; and daily cells count days.
	 */
	@Test
	void periodsInsideTheirGraceDaysAreDueOrAwaitingReviewWithTheirLastGraceDay() throws Exception {
		var live = this.fixtures.live();
		var today = this.fixtures.today();
		var token = "Bearer " + this.tokens.create(this.fixtures.user("reviewer"), "grace", Duration.ofDays(1));
		int inGrace = 0;
		int awaitingOnlyPending = 0;
		int daily = 0;
		for (var day : List.of(today, today.minusMonths(1))) {
			var quarter = "&year=%d&quarter=%d".formatted(day.getYear(), (day.getMonthValue() + 2) / 3);
			for (var unit : List.of("guangxi", "nanning", "liuzhou", "guilin", "wuzhou", "beihai")) {
				var json = this.mvc
					.perform(get("/api/v1/compliance?campaign=" + live.code() + quarter + "&unit=" + unit)
						.header("Authorization", token))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				Map<String, Map<String, Object>> cells = JsonPath.read(json, "$.units[0].obligations");
				for (var entry : cells.entrySet()) {
					var cell = entry.getValue();
					@SuppressWarnings("unchecked")
					var periods = (List<Map<String, Object>>) cell.get("periods");
					assertThat(periods).as("periods are listed for one unit").isNotNull();
					for (var period : periods) {
						var where = unit + " " + entry.getKey() + " " + period.get("key");
						var due = LocalDate.parse((String) period.get("due"));
						var graceEnd = due.plusDays(live.lateAfterDays());
						var status = (String) period.get("status");
						var until = period.get("lateEntriesUntil");
						if ("MISSED".equals(status) && !"DIRECTIVES".equals(period.get("unit"))) {
							assertThat(today).as(where + ": missed only after the grace days").isAfter(graceEnd);
						}
						if (until != null) {
							inGrace++;
							assertThat(until).as(where).isEqualTo(graceEnd.toString());
							assertThat(today).as(where).isAfter(due).isBeforeOrEqualTo(graceEnd);
							assertThat(status).as(where).isIn("DUE", "AWAITING_REVIEW");
						}
						int approved = (Integer) period.get("approved");
						int pending = (Integer) period.get("pending");
						int required = (Integer) period.get("required");
						if (required > 0 && approved == 0 && "AWAITING_REVIEW".equals(status)) {
							assertThat(pending).as(where + ": pending records meet it").isGreaterThanOrEqualTo(1);
							awaitingOnlyPending++;
						}
						if ("DAYS".equals(period.get("unit"))) {
							assertThat(approved + pending).as(where + ": days, at most the period's")
								.isLessThanOrEqualTo(
										(int) ChronoUnit.DAYS.between(LocalDate.parse((String) period.get("start")),
												LocalDate.parse((String) period.get("end"))) + 1);
							daily++;
						}
					}
				}
			}
		}
		assertThat(awaitingOnlyPending).as("demo records of the last 30 days are mostly pending").isPositive();
		assertThat(daily).isPositive();
		if (today.getDayOfMonth() <= live.lateAfterDays()) {
			assertThat(inGrace).as("last month's periods are inside their grace days").isPositive();
		}
	}

	/**
	 * Every record-counted cell of a unit in the quarter of {@code day}; returns how
	 * many.
	 */
	private int compareWithRecords(String token, String campaign, LocalDate day, String unit) throws Exception {
		var quarter = "&year=%d&quarter=%d".formatted(day.getYear(), (day.getMonthValue() + 2) / 3);
		var json = this.mvc
			.perform(get("/api/v1/compliance?campaign=" + campaign + quarter + "&unit=" + unit).header("Authorization",
					token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units", hasSize(1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Map<String, Object>> cells = JsonPath.read(json, "$.units[0].obligations");
		var start = JsonPath.<String>read(json, "$.quarter.start");
		List<Map<String, Object>> obligations = JsonPath.read(
				this.mvc
					.perform(get("/api/v1/campaigns/" + campaign + "/obligations").param("asOf", start)
						.header("Authorization", token))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$");
		int checked = 0;
		for (var obligation : obligations) {
			var cell = cells.get((String) obligation.get("code"));
			if (cell == null || NOT_RECORDS.contains((String) obligation.get("kind")) || cell.get("from") == null
					|| !"RECORDS".equals(cell.get("unit"))) {
				continue;
			}
			var where = unit + " " + obligation.get("code") + " " + start;
			assertThat(records(token, campaign, unit, obligation, cell, "APPROVED")).as(where)
				.isEqualTo(cell.get("approved"));
			assertThat(records(token, campaign, unit, obligation, cell, "PENDING")).as(where)
				.isEqualTo(cell.get("pending"));
			checked++;
		}
		return checked;
	}

	private int records(String token, String campaign, String unit, Map<String, Object> obligation,
			Map<String, Object> cell, String state) throws Exception {
		return JsonPath.<Integer>read(this.mvc
			.perform(get("/api/v1/records").param("campaign", campaign)
				.param("unit", unit)
				.param("obligation", (String) obligation.get("code"))
				.param("from", (String) cell.get("from"))
				.param("to", (String) cell.get("to"))
				.param("state", state)
				.param("size", "1")
				.header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.total");
	}

}
