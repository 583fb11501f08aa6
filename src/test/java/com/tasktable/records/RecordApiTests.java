package com.tasktable.records;

import java.util.UUID;

import com.tasktable.IntegrationTest;
import com.tasktable.evidence.EvidenceSamples;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records API: same rules and scope as the pages, JSON errors in the caller's
 * language.
 */
@IntegrationTest
class RecordApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void createsARecordAndAttachesEvidence() throws Exception {
		var body = """
				{"unit": "hezhou", "obligation": "1.C.1", "activityDate": "%s", "title": "贺州市新闻发布会",
				 "outlet": "贺州市政府新闻办", "links": ["https://www.gxhz.gov.cn/news/1"]}
				""".formatted(this.fixtures.today());
		var response = this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("hezhou", "demo")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/records/")))
			.andExpect(jsonPath("$.state").value("PENDING"))
			.andExpect(jsonPath("$.unit").value("hezhou"))
			.andExpect(jsonPath("$.obligation").value("1.C.1"))
			.andExpect(jsonPath("$.late").value(false))
			.andReturn()
			.getResponse();
		var location = response.getHeader("Location");
		this.mvc
			.perform(multipart(location + "/evidence")
				.file(new MockMultipartFile("file", "现场.jpg", "image/jpeg", EvidenceSamples.jpeg()))
				.with(httpBasic("hezhou", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].fileName").value("现场.jpg"))
			.andExpect(jsonPath("$[0].contentType").value("image/jpeg"));
		this.mvc.perform(get(location).with(httpBasic("hezhou", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidence", hasSize(1)));
		this.mvc.perform(get(location).with(httpBasic("laibin", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void validationErrorsAreJsonInTheCallersLanguage() throws Exception {
		var body = """
				{"unit": "hezhou", "obligation": "10.C.1", "activityDate": "%s", "title": "", "category": "HOSPITAL"}
				""".formatted(this.fixtures.today().plusDays(1));
		this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(body)
				.with(httpBasic("hezhou", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'activityDate')].message")
				.value("The activity date cannot be after today"))
			.andExpect(jsonPath("$.errors[?(@.field == 'category')].code").value("record.error.category"));
		this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("hezhou", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'activityDate')].message").value("活动日期不能晚于今天"));
	}

	@Test
	void anotherUnitInTheBodyIsRefusedAndNothingStored() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from activity_record", Long.class);
		var forLiuzhou = """
				{"unit": "liuzhou", "obligation": "1.C.1", "activityDate": "%s", "title": "冒名"}
				""".formatted(this.fixtures.today());
		this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.content(forLiuzhou)
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.content(forLiuzhou)
				.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.content(forLiuzhou.replace("1.C.1", "99.C.9"))
				.with(httpBasic("liuzhou", "demo")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from activity_record", Long.class)).isEqualTo(before);
	}

	@Test
	void anIdempotencyKeyMakesARetrySafe() throws Exception {
		var key = UUID.randomUUID().toString();
		var body = """
				{"unit": "guilin", "obligation": "2.C.2", "activityDate": "%s", "title": "重试"}
				""".formatted(this.fixtures.today());
		var first = this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", key)
				.content(body)
				.with(httpBasic("guilin", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		var second = this.mvc
			.perform(post("/api/v1/records").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", key)
				.content(body)
				.with(httpBasic("guilin", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void searchIsScopedAndFiltered() throws Exception {
		this.mvc
			.perform(get("/api/v1/records").param("campaign", this.fixtures.live().code())
				.param("unit", "nanning")
				.param("obligation", "5.C.1")
				.param("state", "APPROVED")
				.param("from", this.fixtures.today().minusDays(90).toString())
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].obligationCode").value(Matchers.everyItem(Matchers.is("5.C.1"))))
			.andExpect(jsonPath("$.items[*].state").value(Matchers.everyItem(Matchers.is("APPROVED"))))
			.andExpect(jsonPath("$.items[*].unitName").value(Matchers.everyItem(Matchers.is("南宁市"))));
		this.mvc
			.perform(get("/api/v1/records").param("campaign", this.fixtures.live().code())
				.param("unit", "liuzhou")
				.with(httpBasic("nanning", "demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/records").param("campaign", this.fixtures.live().code())
				.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(50)))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.total").value(Matchers.greaterThan(100)));
	}

}
