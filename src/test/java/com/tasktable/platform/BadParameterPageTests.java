package com.tasktable.platform;

import java.net.URI;
import java.util.List;

import com.tasktable.IntegrationTest;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A screen asked for a year, quarter, month, period or page it cannot show answers with
 * the 400 page in the reader's language, naming the parameter: not a 200 for another
 * quarter, not a 500, no stack trace and no raw message key.
 */
@IntegrationTest
class BadParameterPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordFixtures fixtures;

	private MockHttpSession reviewer;

	@BeforeEach
	void signInAsReviewer() throws Exception {
		this.reviewer = signIn(this.mvc, "reviewer");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/dashboard?campaign=guangxi-2018-2020&year=2019&quarter=9                | quarter | 季度须为 1 至 4。
			/dashboard?campaign=guangxi-2018-2020&year=99999&quarter=1               | year    | 年份须在 2000 至 2100 之间。
			/dashboard?campaign=guangxi-2018-2020&year=2017&quarter=1                | year    | 2018–2020
			/dashboard?quarter=x                                                     | quarter | 参数 quarter 的值无效。
			/dashboard/export.xlsx?campaign=guangxi-2018-2020&year=2019&quarter=9    | quarter | 季度须为 1 至 4。
			/rankings?campaign=guangxi-2018-2020&year=2019&month=13                  | month   | 月份须为 1 至 12。
			/rankings?campaign=guangxi-2018-2020&year=99999                          | year    | 年份须在 2000 至 2100 之间。
			/bulletin?campaign=guangxi-2018-2020&year=2019&month=13                  | month   | 月份须为 1 至 12。
			/bulletin?campaign=guangxi-2018-2020&year=2021&month=1                   | year    | 2018–2020
			/bulletin/export.xlsx?campaign=guangxi-2018-2020&year=2019&month=0       | month   | 月份须为 1 至 12。
			/bulletin/export.pdf?campaign=guangxi-2018-2020&year=99999               | year    | 年份须在 2000 至 2100 之间。
			/scores/nanning?campaign=guangxi-2018-2020&year=2019&month=13            | month   | 月份须为 1 至 12。
			/bulletins/publish?campaign=guangxi-2018-2020&year=2019&month=13         | month   | 月份须为 1 至 12。
			/bulletins/publish?campaign=guangxi-2018-2020&year=99999                 | year    | 年份须在 2000 至 2100 之间。
			/bulletins/publish?campaign=guangxi-2018-2020&year=2017&month=1          | year    | 2018–2020
			/bulletins/publish?campaign=guangxi-2018-2020&year=x                     | year    | 参数 year 的值无效。
			/review?period=2026-Q9                                                   | period  | 时段须为
			/review?period=99999                                                     | period  | 时段须为
			/review?minDays=-1                                                       | minDays | 等待天数不能为负数。
			/records?campaign=guangxi-2018-2020&page=-1                              | page    | 页码从 0 开始
			/records?campaign=guangxi-2018-2020&page=2147483648                      | page    | 参数 page 的值无效。
			/records?campaign=guangxi-2018-2020&page=2147483647                      | page    | 超出了可查询的范围
			/records?campaign=guangxi-2018-2020&period=2019-13                       | period  | 时段须为
			/records?campaign=guangxi-2018-2020&period=2017                          | period  | 2018–2020
			/records?campaign=guangxi-2018-2020&unit=%00                             | unit    | 参数 unit 的值无效。
			/audit?page=-1                                                           | page    | 页码从 1 开始。
			/audit?page=2147483648                                                   | page    | 参数 page 的值无效。
			/audit?actor=%00                                                         | actor   | 参数 actor 的值无效。
			""")
	void aParameterOutOfRangeIsTheFriendly400Page(String uri, String parameter, String message) throws Exception {
		// as sent: %00 is a NUL character
		this.mvc.perform(get(URI.create(uri)).header("Accept-Language", "zh-CN").session(this.reviewer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(
					content().string(allOf(containsString("请求参数有误"), containsString("<code>" + parameter + "</code>"),
							containsString(message), not(containsString("error.parameter")),
							not(containsString("Exception")), not(containsString("at com.tasktable")))));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/dashboard?campaign=guangxi-2018-2020&year=2019&quarter=9      | quarter | quarter must be 1 to 4.
					/dashboard?campaign=guangxi-2018-2020&year=2021&quarter=1      | year    | 2021 is outside the years of the campaign
					/rankings?campaign=guangxi-2018-2020&year=2019&month=13        | month   | month must be 1 to 12.
					/records?campaign=guangxi-2018-2020&page=-1                    | page    | page counts from 0
					/audit?page=-1                                                 | page    | page counts from 1.
					/review?period=2026-13                                         | period  | period must be a year
					""")
	void inEnglishToo(String uri, String parameter, String message) throws Exception {
		this.mvc.perform(get(URI.create(uri)).header("Accept-Language", "en").session(this.reviewer))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Invalid request"),
					containsString("<code>" + parameter + "</code>"), containsString(message),
					not(containsString("error.parameter")), not(containsString("Exception")))));
	}

}
