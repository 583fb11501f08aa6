package com.tasktable.home;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * The city view as a workbook: the same rows and numbers as the table on the unit's page.
 */
final class UnitOverviewWorkbook {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The obligation's name first, then its code and its full title, as on the page. */
	static final String[] HEADERS = { "obligation.title", "obligation.code", "unit.obligationTitle", "unit.period",
			"unit.approved", "unit.pending", "unit.required", "unit.status", "unit.daysLeft" };

	private UnitOverviewWorkbook() {
	}

	static byte[] write(UnitOverview overview, MessageSource messages, Locale locale) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(overview.unit().displayName(locale)));
			var bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			var title = sheet.createRow(0).createCell(0);
			title.setCellValue(overview.unit().displayName(locale) + " · " + overview.campaign().displayName(locale)
					+ " · " + messages.getMessage("unit.today", new Object[] { overview.today().toString() }, locale));
			title.setCellStyle(bold);
			Row header = sheet.createRow(2);
			for (int i = 0; i < HEADERS.length; i++) {
				var cell = header.createCell(i);
				cell.setCellValue(messages.getMessage(HEADERS[i], null, locale));
				cell.setCellStyle(bold);
			}
			int r = 3;
			for (var item : overview.due()) {
				var e = item.evaluation();
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(item.obligation().displayName(locale));
				row.createCell(1).setCellValue(item.obligation().code());
				row.createCell(2).setCellValue(item.obligation().termsOn(e.period().start()).displayTitle(locale));
				row.createCell(3).setCellValue(e.period().start() + " – " + e.period().end());
				row.createCell(4).setCellValue(e.approved());
				row.createCell(5).setCellValue(e.pending());
				if (e.required() > 0) {
					row.createCell(6).setCellValue(e.required());
				}
				var status = messages.getMessage("status." + e.status(), null, locale);
				if (item.lateEntriesUntil() != null) {
					var until = item.lateEntriesUntil()
						.format(DateTimeFormatter.ofPattern(messages.getMessage("date.dayMonth", null, locale),
								locale));
					status += " · " + messages.getMessage("status.lateEntriesUntil", new Object[] { until }, locale);
				}
				row.createCell(7).setCellValue(status);
				if (item.daysLeft() >= 0) {
					row.createCell(8).setCellValue(item.daysLeft());
				}
			}
			int[] widths = { 20, 8, 40, 26, 10, 10, 10, 12, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, 3);
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
