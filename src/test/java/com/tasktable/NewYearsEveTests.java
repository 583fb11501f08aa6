package com.tasktable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.tasktable.records.RecordFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 23:30 on 31 December 2026 in Guangxi is still 15:30 UTC: the year, the quarter and the
 * day are the campaign's (Asia/Shanghai), whatever the server's zone. The application
 * starts on that moment with its demo data, and the pages and APIs that pick "today",
 * "this quarter" or "this year" must still say 2026, Q4 and the 31st. The whole suite can
 * be run on that moment too (docs/testing.md).
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(2) // long, beside the other lane: started early (docs/testing.md)
@ResourceLock("new-years-eve-database")
@SpringBootTest(properties = "app.test.context=new-years-eve")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, NewYearsEveTests.NewYearsEve.class })
class NewYearsEveTests {

	/** 2026-12-31T23:30+08:00. */
	static final Instant NOW = Instant.parse("2026-12-31T15:30:00Z");

	static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void theLiveCampaignIsInItsLastDayInGuangxi() {
		assertThat(this.fixtures.today()).isEqualTo(LAST_DAY);
		assertThat(this.fixtures.live().code()).isEqualTo("guangxi-2024-2026");
		assertThat(this.fixtures.live().endDate()).isEqualTo(LAST_DAY);
	}

	@Test
	void theReportersHomeShowsThePeriodsThatEndTonight() throws Exception {
		this.mvc.perform(get("/").session(signIn(this.mvc, "nanning")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("南宁市：本期任务"), containsString("1.C.1"))))
			.andExpect(content().string(Matchers.not(containsString("本期没有需要完成的任务"))));
	}

	@Test
	void theDashboardOpensOnTheFourthQuarterOf2026() throws Exception {
		this.mvc.perform(get("/dashboard").session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026 年第 4 季度")));
	}

	@Test
	void theRecordFormProposesTheThirtyFirst() throws Exception {
		this.mvc
			.perform(get("/records/new").param("obligation", this.fixtures.obligation("1.C.1").toString())
				.session(signIn(this.mvc, "nanning")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-12-31\"")));
	}

	@Test
	void theComplianceApiJudgesTheFourthQuarter() throws Exception {
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.campaign").value("guangxi-2024-2026"))
			.andExpect(jsonPath("$.quarter.year").value(2026))
			.andExpect(jsonPath("$.quarter.quarter").value(4))
			.andExpect(jsonPath("$.quarter.start").value("2026-10-01"))
			.andExpect(jsonPath("$.quarter.end").value("2026-12-31"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class NewYearsEve {

		@Bean
		@Primary
		Clock newYearsEve() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
