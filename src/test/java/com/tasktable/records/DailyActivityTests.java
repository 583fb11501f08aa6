package com.tasktable.records;

import java.time.LocalDate;
import java.time.YearMonth;

import com.tasktable.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The month grid of daily updates: tick days in one screen. */
@IntegrationTest
class DailyActivityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void tickingDaysAddsOneRecordPerDayAndUntickingWithdrawsPendingOnes() throws Exception {
		var session = signIn(this.mvc, "laibin");
		var obligation = this.fixtures.obligation("5.C.1");
		var today = this.fixtures.today();
		var month = YearMonth.from(today);
		this.jdbc
			.update("""
					update activity_record set state = 'WITHDRAWN'
					where unit_id = (select id from unit where code = 'laibin') and obligation_id = ? and activity_date = ?""",
					obligation, today);
		this.mvc.perform(get("/records/daily").param("obligation", obligation.toString()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("day-" + today)));

		this.mvc
			.perform(post("/records/daily").param("obligation", obligation.toString())
				.param("month", month.toString())
				.param("day", today.toString())
				.param("day", today.plusDays(1).toString())
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(countingOn(obligation, today)).isEqualTo(1);
		assertThat(countingOn(obligation, today.plusDays(1))).as("a future day cannot be ticked").isZero();

		this.mvc
			.perform(post("/records/daily").param("obligation", obligation.toString())
				.param("month", month.toString())
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(countingOn(obligation, today)).isZero();
	}

	@Test
	void aMonthOutOfRangeIsRefusedWithA400AndTicksNothing() throws Exception {
		var session = signIn(this.mvc, "laibin");
		var obligation = this.fixtures.obligation("5.C.1");
		var today = this.fixtures.today();
		long before = this.jdbc.queryForObject("select count(*) from activity_record", Long.class);
		for (var month : new String[] { "2026-13", "x", " ", "1999-01" }) {
			this.mvc
				.perform(post("/records/daily").param("obligation", obligation.toString())
					.param("month", month)
					.param("day", today.toString())
					.header("Accept-Language", "zh-CN")
					.session(session)
					.with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("<code>month</code>")));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from activity_record", Long.class)).isEqualTo(before);
	}

	@Test
	void aNonDailyObligationHasNoGrid() throws Exception {
		this.mvc
			.perform(get("/records/daily").param("obligation", this.fixtures.obligation("1.C.1").toString())
				.session(signIn(this.mvc, "laibin")))
			.andExpect(status().isNotFound());
	}

	private int countingOn(Long obligation, LocalDate day) {
		return this.jdbc.queryForObject("""
				select count(*) from activity_record
				where unit_id = (select id from unit where code = 'laibin') and obligation_id = ? and activity_date = ?
				  and state in ('PENDING', 'APPROVED')""", Integer.class, obligation, day);
	}

}
