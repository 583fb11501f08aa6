package com.tasktable.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.tasktable.AdministrationTest;
import com.tasktable.HistoryConfirmations;
import com.tasktable.campaigns.ObligationWeights;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A weight changes from a date: months scored before keep their points. On a database of
 * its own, since it splits versions of the reference task table.
 */
@AdministrationTest
class WeightsFromDateTests {

	static final String OLD = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObligationWeights weights;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChangeAppliesFromItsDateAndLeavesEarlierMonthsAsScored() throws Exception {
		var reviewer = SecurityMockMvcRequestPostProcessors.httpBasic("reviewer", "demo");
		var june = this.mvc.perform(
				get("/api/v1/rankings").param("campaign", OLD).param("year", "2019").param("month", "6").with(reviewer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var city = this.weights.ofLevel(root(), OLD, UnitLevel.CITY);
		var form = WeightsForm.of(city);
		// two obligations no other administration test changes
		var first = city.stream().filter(o -> o.code().equals("7.C.1")).findFirst().orElseThrow();
		var second = city.stream().filter(o -> o.code().equals("8.C.1")).findFirst().orElseThrow();
		var weight = first.termsOn(LocalDate.of(2019, 7, 1)).weight();
		form.put(first.code(), weight.add(new BigDecimal("2")).toPlainString());
		form.put(second.code(),
				second.termsOn(LocalDate.of(2019, 7, 1)).weight().subtract(new BigDecimal("2")).toPlainString());
		var admin = signIn(this.mvc, "admin");
		this.mvc
			.perform(WeightsForm.with(post("/admin/campaigns/{c}/weights", OLD).param("level", "CITY"), form)
				.param("from", "2019-13-01")
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入有效日期")));
		this.mvc
			.perform(WeightsForm.with(post("/admin/campaigns/{c}/weights", OLD).param("level", "CITY"), form)
				.param("from", "2021-01-01")
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("生效日期须在本活动期间内")));
		HistoryConfirmations
			.confirmed(this.mvc,
					WeightsForm.with(post("/admin/campaigns/{c}/weights", OLD).param("level", "CITY"), form)
						.param("from", "2019-07-01")
						.session(admin)
						.with(csrf()))
			.andExpect(status().isFound());

		var table = this.weights.ofLevel(root(), OLD, UnitLevel.CITY)
			.stream()
			.filter(o -> o.code().equals("7.C.1"))
			.findFirst()
			.orElseThrow();
		assertThat(table.termsOn(LocalDate.of(2019, 6, 30)).weight()).isEqualByComparingTo(weight);
		assertThat(table.termsOn(LocalDate.of(2019, 7, 1)).weight())
			.isEqualByComparingTo(weight.add(new BigDecimal("2")));
		assertThat(table.termsOn(LocalDate.of(2020, 12, 31)).weight())
			.isEqualByComparingTo(weight.add(new BigDecimal("2")));
		assertThat(this.mvc.perform(
				get("/api/v1/rankings").param("campaign", OLD).param("year", "2019").param("month", "6").with(reviewer))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("June 2019 was scored before the change: the same ranking").isEqualTo(june);
		assertThat(this.jdbc.queryForObject(
				"select details::text from audit_event where action = 'WEIGHTS_UPDATED' order by id desc limit 1",
				String.class))
			.contains("2019-07-01");

		// back as they were, for the other tests of this context
		HistoryConfirmations.confirmed(this.mvc,
				WeightsForm.with(post("/admin/campaigns/{c}/weights", OLD).param("level", "CITY"), WeightsForm.of(city))
					.param("from", "2019-07-01")
					.session(admin)
					.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.weights.ofLevel(root(), OLD, UnitLevel.CITY)
			.stream()
			.filter(o -> o.code().equals("7.C.1"))
			.findFirst()
			.orElseThrow()
			.terms()
			.weight()).isEqualByComparingTo(weight);
	}

	private UnitScope root() {
		return UnitScope.of(this.units.byCode("guangxi"));
	}

}
