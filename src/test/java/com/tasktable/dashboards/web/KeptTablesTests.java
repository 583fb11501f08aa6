package com.tasktable.dashboards.web;

import com.tasktable.IntegrationTest;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard's tables are rendered once per kept matrix, columns and language, and
 * never outlive a change.
 */
@IntegrationTest
class KeptTablesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSameTablesUntilARecordChangesThem() throws Exception {
		var session = RecordFixtures.signIn(this.mvc, "reviewer");
		var first = page(session, "");
		// the page around the tables differs (a fresh CSRF token each time), the tables
		// not
		assertThat(MatrixPage.parse(page(session, ""))).isEqualTo(MatrixPage.parse(first));
		int before = Integer.parseInt(nanningPressConferences(first).replaceAll("\\+.*", ""));

		this.jdbc.update("""
				insert into activity_record (obligation_id, unit_id, activity_date, title, state, created_by)
				select ?, u.id, ?, 'KeptTablesTests', 'APPROVED', a.id
				from unit u join app_user a on a.username = 'nanning' where u.code = 'nanning'""",
				this.fixtures.obligation("1.C.1"), this.fixtures.today());
		try {
			var after = page(session, "");
			assertThat(Integer.parseInt(nanningPressConferences(after).replaceAll("\\+.*", ""))).isEqualTo(before + 1);
		}
		finally {
			this.jdbc.update("delete from activity_record where title = 'KeptTablesTests'");
		}
		assertThat(nanningPressConferences(page(session, ""))).isEqualTo(nanningPressConferences(first));
	}

	@Test
	void eachLanguageAndFilterHasItsOwnTables() throws Exception {
		var session = RecordFixtures.signIn(this.mvc, "reviewer");
		var chinese = MatrixPage.parse(page(session, ""));
		var english = MatrixPage.parse(page(session, "&lang=en"));
		assertThat(english.blocks().get(0).rows().get(0).unit())
			.isNotEqualTo(chinese.blocks().get(0).rows().get(0).unit());
		var cities = MatrixPage.parse(page(session, "&level=CITY&lang=zh-CN"));
		assertThat(cities.blocks()).hasSize(1);
		assertThat(cities.blocks().get(0).level()).isEqualTo("CITY");
		assertThat(MatrixPage.parse(page(session, "")).blocks()).hasSize(chinese.blocks().size());
	}

	private String page(MockHttpSession session, String query) throws Exception {
		return this.mvc.perform(get("/dashboard?campaign=" + this.fixtures.live().code() + query).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String nanningPressConferences(String html) {
		var page = MatrixPage.parse(html);
		var cities = page.blocks().stream().filter(b -> b.level().equals("CITY")).findFirst().orElseThrow();
		var column = cities.codes().indexOf("1.C.1");
		return cities.rows()
			.stream()
			.filter(r -> r.code().equals("nanning"))
			.findFirst()
			.orElseThrow()
			.cells()
			.get(column)
			.figure();
	}

}
