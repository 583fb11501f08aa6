package com.tasktable.scoring;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.tasktable.IntegrationTest;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly bulletin: the page, and its .xlsx and PDF with the same numbers and the
 * Chinese unit names.
 */
@IntegrationTest
class BulletinExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scores scores;

	@Autowired
	Units units;

	@Autowired
	MessageSource messages;

	RankingTable table() {
		return this.scores.ranking(UnitScope.of(this.units.byCode("guangxi")), "guangxi-2018-2020",
				new ScoreSpan(2019, 6));
	}

	@Test
	void thePageHasTheTitleTheSummaryAndTheRanking() throws Exception {
		var table = table();
		var bulletin = Bulletin.of(table);
		var first = table.rows().get(0);
		this.mvc
			.perform(get("/bulletin").param("campaign", "guangxi-2018-2020")
				.param("year", "2019")
				.param("month", "6")
				.session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2019 年 6 月考核排名通报")))
			.andExpect(content().string(
					containsString(new BulletinText(this.messages, Locale.SIMPLIFIED_CHINESE).summaryTop(bulletin))))
			.andExpect(content().string(containsString("第一名：" + first.unit().name())))
			.andExpect(content().string(containsString(first.total().toPlainString())))
			.andExpect(content().string(containsString(
					bulletin.missed().isEmpty() ? "均无未完成项目" : "存在未完成项目：" + bulletin.missed().get(0).unit().name())));
		this.mvc.perform(get("/bulletin").session(signIn(this.mvc, "nanning"))).andExpect(status().isForbidden());
	}

	@Test
	void theWorkbookHasTheRankingsNumbers() throws Exception {
		var table = table();
		var bulletin = Bulletin.of(table);
		var bytes = this.mvc
			.perform(get("/bulletin/export.xlsx").param("campaign", "guangxi-2018-2020")
				.param("year", "2019")
				.param("month", "6")
				.session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2019 年 6 月考核排名通报");
			int header = 6;
			assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("名次");
			for (int i = 0; i < table.rows().size(); i++) {
				var expected = table.rows().get(i);
				var row = sheet.getRow(header + 1 + i);
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.unit().name());
				assertThat(BigDecimal.valueOf(row.getCell(2).getNumericCellValue()).setScale(2))
					.isEqualByComparingTo(expected.total());
				assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(expected.rank());
				for (int c = 0; c < bulletin.lossColumns().size(); c++) {
					var cell = row.getCell(4 + c);
					assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2))
						.isEqualByComparingTo(expected.lost(bulletin.lossColumns().get(c).code()));
				}
			}
		}
	}

	@Test
	void thePdfHasTheChineseUnitNamesAndScores() throws Exception {
		var table = table();
		var bytes = this.mvc
			.perform(get("/bulletin/export.pdf").param("campaign", "guangxi-2018-2020")
				.param("year", "2019")
				.param("month", "6")
				.session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (var pdf = Loader.loadPDF(bytes)) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("2019 年 6 月考核排名通报");
		List<String> expected = new ArrayList<>();
		for (var row : table.rows()) {
			expected.add(row.unit().name());
			expected.add(row.total().toPlainString());
		}
		assertThat(text).contains("南宁市", "柳州市", "崇左市");
		assertThat(text).contains(expected);
	}

}
