package com.tasktable.users.web;

import java.io.ByteArrayInputStream;

import com.tasktable.AdministrationTest;
import com.tasktable.Html;
import com.tasktable.records.RecordFixtures;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Information officers listed per unit, with the units that have none, and exported. */
@AdministrationTest
class OfficerContactsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listedPerUnitAndExported() throws Exception {
		var admin = RecordFixtures.signIn(this.mvc, "admin");
		this.mvc
			.perform(post("/admin/users").session(admin)
				.with(csrf())
				.param("username", "lz-officer")
				.param("password", "Temporary-Pass-7")
				.param("displayName", "柳州市信息员")
				.param("phone", "0772-2800000")
				.param("email", "xinxi@liuzhou.example.cn")
				.param("position", "宣传科科长")
				.param("informationOfficer", "true")
				.param("unitCode", "liuzhou")
				.param("roles", "REPORTER"))
			.andExpect(status().is3xxRedirection());
		var page = this.mvc.perform(get("/admin/officers").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page, "officer-liuzhou"))
			.isEqualTo("柳州市 柳州市信息员 宣传科科长 0772-2800000 xinxi@liuzhou.example.cn");
		assertThat(Html.text(page, "officer-guilin")).isEqualTo("桂林市 尚未确定");

		var xlsx = this.mvc.perform(get("/admin/officers.xlsx").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var formatter = new DataFormatter();
			var found = false;
			for (var row : workbook.getSheetAt(0)) {
				if (formatter.formatCellValue(row.getCell(0)).equals("柳州市")) {
					assertThat(formatter.formatCellValue(row.getCell(3))).isEqualTo("0772-2800000");
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		this.mvc.perform(get("/admin/officers").session(RecordFixtures.signIn(this.mvc, "reviewer")))
			.andExpect(status().isForbidden());
	}

}
