package com.tasktable.platform;

import java.net.URI;

import com.tasktable.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every year, quarter, month, page or size out of range on the API is a 400 problem that
 * names the parameter, never a 200 for something else and never a 500.
 */
@IntegrationTest
class BadParameterApiTests {

	private static final String ENDED = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/compliance?campaign=guangxi-2018-2020&year=2019&quarter=9     | quarter
			/api/v1/compliance?campaign=guangxi-2018-2020&year=2019&quarter=0     | quarter
			/api/v1/compliance?campaign=guangxi-2018-2020&year=99999&quarter=1    | year
			/api/v1/compliance?campaign=guangxi-2018-2020&year=99999              | year
			/api/v1/compliance?campaign=guangxi-2018-2020&year=2017&quarter=1     | year
			/api/v1/compliance?campaign=guangxi-2018-2020&year=2019&quarter=abc   | quarter
			/api/v1/compliance?campaign=guangxi-2018-2020&year=2019&quarter=%00   | quarter
			/api/v1/compliance?campaign=%00                                       | campaign
			/api/v1/compliance?year=2147483648&quarter=1                          | year
			/api/v1/rankings?campaign=guangxi-2018-2020&year=2019&month=13        | month
			/api/v1/rankings?campaign=guangxi-2018-2020&year=2019&month=0         | month
			/api/v1/rankings?campaign=guangxi-2018-2020&year=99999                | year
			/api/v1/rankings?campaign=guangxi-2018-2020&year=2021                 | year
			/api/v1/rankings?campaign=guangxi-2018-2020&year=-1                   | year
			/api/v1/records?campaign=guangxi-2018-2020&page=-1                    | page
			/api/v1/records?campaign=guangxi-2018-2020&page=99999999999           | page
			/api/v1/records?campaign=guangxi-2018-2020&page=2147483647&size=500   | page
			/api/v1/records?campaign=guangxi-2018-2020&size=0                     | size
			/api/v1/records?campaign=guangxi-2018-2020&size=100000                | size
			/api/v1/records?campaign=guangxi-2018-2020&size=x                     | size
			/api/v1/records?campaign=guangxi-2018-2020&from=2019-13-01            | from
			/api/v1/records?campaign=guangxi-2018-2020&state=LOST                 | state
			/api/v1/records?campaign=guangxi-2018-2020&unit=nan%00ning            | unit
			/api/v1/records                                                       | campaign
			""")
	void aParameterOutOfRangeIsA400ProblemNamingIt(String uri, String parameter) throws Exception {
		// as sent: %00 is a NUL character, not the text "%00"
		this.mvc.perform(get(URI.create(uri)).with(httpBasic("nanning", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("请求参数有误"))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.errors[0].parameter").value(parameter))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andExpect(jsonPath("$.detail", not(containsString("error.parameter"))))
			.andExpect(jsonPath("$.detail", not(containsString("Exception"))));
	}

	@Test
	void theDetailIsInTheCallersLanguage() throws Exception {
		var quarter9 = "/api/v1/compliance?campaign=" + ENDED + "&year=2019&quarter=9";
		this.mvc.perform(get(quarter9).header("Accept-Language", "en").with(httpBasic("nanning", "demo")))
			.andExpect(jsonPath("$.detail").value("quarter must be 1 to 4."));
		this.mvc.perform(get(quarter9).header("Accept-Language", "zh-CN").with(httpBasic("nanning", "demo")))
			.andExpect(jsonPath("$.detail").value("季度须为 1 至 4。"));
		this.mvc
			.perform(get("/api/v1/rankings?campaign=" + ENDED + "&year=2021").header("Accept-Language", "en")
				.with(httpBasic("nanning", "demo")))
			.andExpect(jsonPath("$.detail").value(containsString("2018–2020")));
		this.mvc.perform(get("/api/v1/records").header("Accept-Language", "en").with(httpBasic("nanning", "demo")))
			.andExpect(jsonPath("$.detail").value("campaign is required."));
	}

	@Test
	void quartersAndMonthsInRangeStillAnswer() throws Exception {
		this.mvc
			.perform(get("/api/v1/compliance?campaign=" + ENDED + "&year=2019&quarter=4")
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quarter.year").value(2019))
			.andExpect(jsonPath("$.quarter.quarter").value(4));
		this.mvc
			.perform(get("/api/v1/rankings?campaign=" + ENDED + "&year=2020&month=12")
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.month").value(12));
	}

}
