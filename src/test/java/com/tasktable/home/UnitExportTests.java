package com.tasktable.home;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The city view as .xlsx has the rows and numbers of the page, each obligation by its
 * name with its code beside it.
 */
@IntegrationTest
class UnitExportTests {

	private static final Pattern ROW = Pattern.compile(
			"<span class=\"obligation-name\">([^<]+)</span>\\s*<span\\s+class=\"obligation-code\">([0-9]+\\.[RC]\\.[0-9]+)</span>(?:(?!</tr>).)*?<span class=\"small counts\" data-approved=\"(\\d+)\" data-pending=\"(\\d+)\">",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Test
	void theWorkbookMatchesThePage() throws Exception {
		var session = signIn(this.mvc, "nanning");
		var page = this.mvc.perform(get("/units/nanning").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> onPage = new ArrayList<>();
		var matcher = ROW.matcher(page.substring(page.indexOf("id=\"due-table\"")));
		while (matcher.find()) {
			onPage.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3) + " " + matcher.group(4));
		}
		assertThat(onPage).hasSizeGreaterThan(15);

		var bytes = this.mvc.perform(get("/units/nanning/export.xlsx").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E5%8D%97%E5%AE%81%E5%B8%82")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> inWorkbook = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("南宁市");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("南宁市");
			// names first, the code beside
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("任务");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("编号");
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				inWorkbook.add(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue() + " "
						+ (long) row.getCell(4).getNumericCellValue() + " "
						+ (long) row.getCell(5).getNumericCellValue());
			}
		}
		assertThat(inWorkbook).isEqualTo(onPage);
	}

	@Test
	void anotherCitysViewIsNotFound() throws Exception {
		this.mvc.perform(get("/units/liuzhou/export.xlsx").session(signIn(this.mvc, "nanning")))
			.andExpect(status().isNotFound());
	}

}
