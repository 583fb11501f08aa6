package com.tasktable.dashboards.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.tasktable.bulletins.BulletinTest;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/compliance} on 5 December 2020 (the application's clock), inside
 * November's grace days (10 days, until 10 December): the fourteen cities' November
 * periods that are not met read {@code DUE} or {@code AWAITING_REVIEW} with
 * {@code lateEntriesUntil} 2020-12-10, never {@code MISSED}; a period with no approved
 * record whose pending records logged in time would meet it reads
 * {@code AWAITING_REVIEW}; October's periods, past their grace days, can be missed.
 */
@BulletinTest
class GraceDaysApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Test
	void novemberIsDueOrAwaitingReviewUntilTheTenthOfDecember() throws Exception {
		var cities = this.units.within(UnitScope.of(this.units.byCode("guangxi")))
			.stream()
			.filter(u -> u.level() == UnitLevel.CITY)
			.toList();
		assertThat(cities).hasSize(14);
		int due = 0;
		int awaitingOnlyPending = 0;
		int octoberMissed = 0;
		for (var city : cities) {
			var json = this.mvc
				.perform(get("/api/v1/compliance").param("campaign", "guangxi-2018-2020")
					.param("year", "2020")
					.param("quarter", "4")
					.param("unit", city.code())
					.with(httpBasic("reviewer", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Map<String, Map<String, Object>> cells = JsonPath.read(json, "$.units[0].obligations");
			for (var cell : cells.entrySet()) {
				@SuppressWarnings("unchecked")
				var periods = (List<Map<String, Object>>) cell.getValue().get("periods");
				for (var period : periods) {
					var where = city.code() + " " + cell.getKey() + " " + period.get("key");
					var status = (String) period.get("status");
					int approved = (Integer) period.get("approved");
					int pending = (Integer) period.get("pending");
					int required = (Integer) period.get("required");
					if ("2020-11-30".equals(period.get("due"))) {
						assertThat(status).as(where).isNotEqualTo("MISSED");
						if (!status.startsWith("MET")) {
							assertThat(status).as(where).isIn("DUE", "AWAITING_REVIEW");
							assertThat(period.get("lateEntriesUntil")).as(where).isEqualTo("2020-12-10");
						}
						if ("DUE".equals(status) && approved == 0 && pending == 0) {
							due++;
						}
						if ("AWAITING_REVIEW".equals(status) && approved == 0) {
							assertThat(pending).as(where + ": pending records meet it")
								.isGreaterThanOrEqualTo(Math.max(required, 1));
							awaitingOnlyPending++;
						}
					}
					if ("2020-10-31".equals(period.get("due"))) {
						assertThat(period.get("lateEntriesUntil")).as(where + ": past its grace days").isNull();
						if ("MISSED".equals(status)) {
							octoberMissed++;
						}
					}
				}
			}
		}
		assertThat(due).as("November periods with nothing logged, still due").isPositive();
		assertThat(awaitingOnlyPending).as("November periods met only by pending records").isPositive();
		assertThat(octoberMissed).as("October periods missed once their grace days passed").isPositive();
	}

}
