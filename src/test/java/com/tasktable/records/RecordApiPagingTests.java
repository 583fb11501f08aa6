package com.tasktable.records;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.tasktable.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/records} is a page with its total and links, of the one campaign
 * asked for, and nothing stops at a size it does not say.
 */
@IntegrationTest
class RecordApiPagingTests {

	private static final String ENDED = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void everyPageCarriesTheTotalAndLinksThatKeepTheFilters() throws Exception {
		long expected = approvedOfNanningIn(ENDED);
		assertThat(expected).as("enough demo records for three pages").isGreaterThan(500 * 2);
		long last = (expected - 1) / 500;
		var first = this.mvc
			.perform(get("/api/v1/records").param("campaign", ENDED)
				.param("state", "APPROVED")
				.param("size", "500")
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(500)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(500))
			.andExpect(jsonPath("$.total").value(expected))
			.andExpect(jsonPath("$.items[*].state").value(everyItem(Matchers.is("APPROVED"))))
			.andReturn()
			.getResponse();
		var links = first.getHeader("Link");
		assertThat(links).contains("campaign=" + ENDED + "&state=APPROVED&page=0&size=500>; rel=\"first\"")
			.contains("&page=1&size=500>; rel=\"next\"")
			.contains("&page=" + last + "&size=500>; rel=\"last\"")
			.doesNotContain("rel=\"prev\"");
		long seen = 0;
		for (int page = 0; page <= last; page++) {
			String json = this.mvc
				.perform(get("/api/v1/records").param("campaign", ENDED)
					.param("state", "APPROVED")
					.param("size", "500")
					.param("page", String.valueOf(page))
					.with(httpBasic("nanning", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(expected))
				.andReturn()
				.getResponse()
				.getContentAsString();
			seen += JsonPath.<List<Object>>read(json, "$.items").size();
		}
		assertThat(seen).as("every record on exactly one page").isEqualTo(expected);
	}

	@Test
	void aPageBeyondTheLastIsEmptyWithTheTotal() throws Exception {
		long expected = approvedOfNanningIn(ENDED);
		this.mvc
			.perform(get("/api/v1/records").param("campaign", ENDED)
				.param("state", "APPROVED")
				.param("page", "99999")
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.page").value(99999))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.total").value(expected))
			.andExpect(
					header().string("Link", containsString("page=" + (expected - 1) / 50 + "&size=50>; rel=\"prev\"")))
			.andExpect(header().string("Link", not(containsString("rel=\"next\""))));
	}

	@Test
	void theCampaignIsRequiredAndOnlyItsRecordsAreListed() throws Exception {
		this.mvc.perform(get("/api/v1/records").with(httpBasic("nanning", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("campaign"));
		var live = this.fixtures.live();
		for (var campaign : List.of(ENDED, live.code())) {
			var dates = this.jdbc.queryForMap("select start_date, end_date from campaign where code = ?", campaign);
			String json = this.mvc
				.perform(get("/api/v1/records").param("campaign", campaign)
					.param("size", "500")
					.with(httpBasic("nanning", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> days = JsonPath.read(json, "$.items[*].activityDate");
			assertThat(days).isNotEmpty()
				.allSatisfy(day -> assertThat(day).isBetween(dates.get("start_date").toString(),
						dates.get("end_date").toString()));
		}
	}

	/**
	 * Approved records of Nanning and its counties in the campaign, counted apart from
	 * the application.
	 */
	private long approvedOfNanningIn(String campaign) {
		return this.jdbc.queryForObject("""
				select count(*) from activity_record r
				join unit u on u.id = r.unit_id
				join obligation o on o.id = r.obligation_id
				join campaign c on c.id = o.campaign_id
				where c.code = ? and u.path like '/guangxi/nanning/%' and r.state = 'APPROVED'
				  and r.activity_date between c.start_date and c.end_date
				  and o.effective_from <= c.end_date and (o.effective_to is null or o.effective_to > c.end_date)
				""", Long.class, campaign);
	}

}
