package com.tasktable.dashboards.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import com.tasktable.dashboards.FigureForm;
import com.tasktable.records.RecordFixtures;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Excel export holds exactly what the dashboard page shows for the same parameters:
 * read back with Apache POI and compared cell by cell with the page's HTML.
 */
@IntegrationTest
class DashboardExportTests {

	private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordFixtures fixtures;

	MockHttpSession reviewer;

	@BeforeEach
	void signIn() throws Exception {
		this.reviewer = RecordFixtures.signIn(this.mvc, "reviewer");
	}

	@Test
	void theWorkbookHoldsTheNumbersOfThePage() throws Exception {
		var today = this.fixtures.today();
		var last = today.minusMonths(3);
		compare("");
		compare("?campaign=%s&year=%d&quarter=%d".formatted(this.fixtures.live().code(), last.getYear(),
				(last.getMonthValue() + 2) / 3));
		compare("?campaign=guangxi-2018-2020&year=2019&quarter=1");
	}

	@Test
	void theLinkOnThePageKeepsItsFilters() throws Exception {
		var html = page("?level=CITY&category=新闻宣传");
		var link = MatrixPage.exportLink(html);
		assertThat(link).startsWith("/dashboard/export.xlsx?").contains("level=CITY").contains("quarter=");
		var book = workbook(this.mvc.perform(get(URI.create(link)).session(this.reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		var page = MatrixPage.parse(html);
		assertThat(page.blocks()).singleElement().satisfies((b) -> assertThat(b.level()).isEqualTo("CITY"));
		assertThat(page.blocks().get(0).codes()).isNotEmpty().allMatch((c) -> c.contains(".C."));
		assertSameAsPage(book, page);
	}

	@Test
	void isAnAttachmentWithAChineseFileName() throws Exception {
		var start = this.fixtures.today().withDayOfMonth(1);
		var quarter = (start.getMonthValue() + 2) / 3;
		var response = this.mvc.perform(get("/dashboard/export.xlsx").session(this.reviewer))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MatrixWorkbook.CONTENT_TYPE))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse();
		var raw = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		var disposition = ContentDisposition.parse(raw);
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo("合规看板-" + start.getYear() + "-Q" + quarter + ".xlsx");
		assertThat(raw).contains("filename*=UTF-8''%E5%90%88%E8%A7%84%E7%9C%8B%E6%9D%BF-");
		var book = workbook(response.getContentAsByteArray());
		assertThat(book.getSheetAt(book.getNumberOfSheets() - 1).getSheetName()).isEqualTo("图例");
	}

	@Test
	void speaksTheReadersLanguage() throws Exception {
		var response = this.mvc.perform(get("/dashboard/export.xlsx").param("lang", "en").session(this.reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.startsWith("compliance-dashboard-");
		var book = workbook(response.getContentAsByteArray());
		assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2))).containsExactly("Region",
				"City", "Legend");
		assertThat(book.getSheet("City").getRow(MatrixWorkbook.HEADER_ROWS).getCell(0).getStringCellValue())
			.isEqualTo("Nanning");
	}

	@Test
	void theLegendUsesThePagesPalette() throws Exception {
		var book = workbook(this.mvc.perform(get("/dashboard/export.xlsx").session(this.reviewer))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		var legend = book.getSheet("图例");
		var palette = palette();
		var expected = List.of("cell-met", "cell-met-late", "cell-missed", "cell-due", "cell-behind",
				"cell-awaiting-review", "cell-not-applicable", "cell-exempt");
		var labels = List.of("已完成", "逾期完成", "未完成", "进行中", "进度落后", "待审核", "不适用", "已豁免");
		var glyphs = List.of("✓", "≈", "✗", "○", "!", "⋯", "–", "∅");
		for (int i = 0; i < expected.size(); i++) {
			assertThat(fill(legend.getRow(i).getCell(0))).isEqualTo(palette.get(expected.get(i)));
			assertThat(legend.getRow(i).getCell(0).getStringCellValue()).isEqualTo(glyphs.get(i));
			assertThat(legend.getRow(i).getCell(1).getStringCellValue()).isEqualTo(labels.get(i));
		}
		// then, after a blank line, the figure forms; the blank cell is unfilled
		var blank = legend.getRow(expected.size() + 1 + FigureForm.BLANK.ordinal());
		assertThat(fill(blank.getCell(0))).isNull();
		assertThat(blank.getCell(1).getStringCellValue()).startsWith("空白");
		assertThat(
				legend.getRow(expected.size() + 1 + FigureForm.WITH_PENDING.ordinal()).getCell(0).getStringCellValue())
			.isEqualTo("0+7");
	}

	@Test
	void reportersMayNotExport() throws Exception {
		var reporter = RecordFixtures.signIn(this.mvc, "nanning");
		this.mvc.perform(get("/dashboard/export.xlsx").session(reporter)).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard/export.xlsx")).andExpect(status().is3xxRedirection());
	}

	private void compare(String query) throws Exception {
		var page = MatrixPage.parse(page(query));
		var book = workbook(this.mvc.perform(get("/dashboard/export.xlsx" + query).session(this.reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(page.blocks()).as(query).isNotEmpty();
		assertSameAsPage(book, page);
	}

	private static void assertSameAsPage(XSSFWorkbook book, MatrixPage page) throws IOException {
		var palette = palette();
		assertThat(book.getNumberOfSheets()).isEqualTo(page.blocks().size() + 1);
		for (int b = 0; b < page.blocks().size(); b++) {
			var block = page.blocks().get(b);
			var sheet = book.getSheetAt(b);
			assertThat(block.caption()).startsWith(sheet.getSheetName());
			assertThat(text(sheet, 0, 0)).isEqualTo(page.heading());
			assertThat(text(sheet, 1, 0)).isEqualTo(block.caption());
			for (int i = 0; i < block.codes().size(); i++) {
				assertThat(text(sheet, MatrixWorkbook.HEADER_ROWS - 2, i + 2)).isEqualTo(block.names().get(i));
				assertThat(text(sheet, MatrixWorkbook.HEADER_ROWS - 1, i + 2)).isEqualTo(block.codes().get(i));
			}
			assertThat(block.rows()).isNotEmpty()
				.allSatisfy((row) -> assertThat(row.cells()).hasSameSizeAs(block.codes()).isNotEmpty());
			assertThat(sheet.getLastRowNum()).isEqualTo(MatrixWorkbook.HEADER_ROWS + block.rows().size() - 1);
			for (int r = 0; r < block.rows().size(); r++) {
				var row = block.rows().get(r);
				var line = sheet.getRow(MatrixWorkbook.HEADER_ROWS + r);
				assertThat(line.getCell(0).getStringCellValue()).isEqualTo(row.unit());
				var percent = line.getCell(1);
				if (row.percent().equals("—")) {
					assertThat(percent.getStringCellValue()).isEqualTo("—");
				}
				else {
					assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.0");
					assertThat(FORMATTER.formatCellValue(percent) + "%").as(row.unit()).isEqualTo(row.percent());
				}
				assertThat(line.getLastCellNum()).isEqualTo((short) (row.cells().size() + 2));
				for (int c = 0; c < row.cells().size(); c++) {
					var onPage = row.cells().get(c);
					var cell = line.getCell(c + 2);
					var where = row.unit() + " " + block.codes().get(c);
					assertThat(FORMATTER.formatCellValue(cell)).as(where).isEqualTo(onPage.figure());
					assertThat(fill(cell)).as(where).isEqualTo(palette.get(onPage.cssClass()));
				}
			}
		}
	}

	/** The cell backgrounds of app.css, by class; none for a blank cell. */
	private static Map<String, String> palette() throws IOException {
		var css = Files.readString(Path.of("src/main/resources/static/css/app.css"));
		var rule = Pattern.compile("\\.matrix \\.(cell-[a-z-]+)[^{]*\\{[^}]*background-color: #([0-9a-f]{6})")
			.matcher(css);
		Map<String, String> palette = new HashMap<>();
		while (rule.find()) {
			palette.put(rule.group(1), rule.group(2));
		}
		assertThat(palette).hasSize(8);
		return palette;
	}

	private static String fill(XSSFCell cell) {
		var style = cell.getCellStyle();
		if (style.getFillPattern() == FillPatternType.NO_FILL) {
			return null;
		}
		assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		return ((XSSFColor) style.getFillForegroundColorColor()).getARGBHex().substring(2).toLowerCase(Locale.ROOT);
	}

	private static String text(Sheet sheet, int row, int column) {
		return FORMATTER.formatCellValue(sheet.getRow(row).getCell(column));
	}

	private String page(String query) throws Exception {
		return this.mvc.perform(get("/dashboard" + query).session(this.reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static XSSFWorkbook workbook(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

}
