package com.tasktable.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bulletin as a workbook: one sheet with the title, the summary, the ranking (rank,
 * unit, score, movement) and the points lost by item, as numbers (2 decimals), the same
 * as the page.
 */
public final class BulletinWorkbook {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private BulletinWorkbook() {
	}

	public static byte[] write(Bulletin bulletin, BulletinText text) throws IOException {
		return write(bulletin, text, null);
	}

	/**
	 * The workbook; an issued bulletin's number, issuing unit and date on the row under
	 * the title.
	 * @param issue null for the live bulletin
	 */
	public static byte[] write(Bulletin bulletin, BulletinText text, BulletinIssue issue) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(bulletin.table().span().key());
			var bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			var decimals = workbook.createCellStyle();
			decimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			int r = 0;
			text(sheet, r++, text.title(bulletin), bold);
			if (issue != null) {
				text(sheet, r++, text.issue(issue), null);
			}
			text(sheet, r++, text.period(bulletin), null);
			text(sheet, r++, text.summaryTop(bulletin), null);
			text(sheet, r++, text.summaryMissed(bulletin), null);
			text(sheet, r++, text.note(bulletin), null);
			r++;
			Row header = sheet.createRow(r++);
			String[] headers = { text.get("scoring.rank"), text.get("unit.name"), text.get("scoring.score"),
					text.get("scoring.movement") };
			int c = 0;
			for (var h : headers) {
				var cell = header.createCell(c++);
				cell.setCellValue(h);
				cell.setCellStyle(bold);
			}
			for (var column : bulletin.lossColumns()) {
				var cell = header.createCell(c++);
				cell.setCellValue(text.get("bulletin.lostOn", column.displayNameWithCode(text.locale())));
				cell.setCellStyle(bold);
			}
			for (var row : bulletin.table().rows()) {
				Row line = sheet.createRow(r++);
				if (row.rank() != null) {
					line.createCell(0).setCellValue(row.rank());
				}
				line.createCell(1).setCellValue(row.unit().displayName(text.locale()));
				if (row.total() != null) {
					var cell = line.createCell(2);
					cell.setCellValue(row.total().doubleValue());
					cell.setCellStyle(decimals);
				}
				if (row.movement() != null) {
					line.createCell(3).setCellValue(row.movement());
				}
				c = 4;
				for (var column : bulletin.lossColumns()) {
					var cell = line.createCell(c++);
					cell.setCellValue(row.lost(column.code()).doubleValue());
					cell.setCellStyle(decimals);
				}
			}
			sheet.setColumnWidth(0, 8 * 256);
			sheet.setColumnWidth(1, 16 * 256);
			sheet.setColumnWidth(2, 10 * 256);
			sheet.setColumnWidth(3, 10 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void text(Sheet sheet, int row, String value, CellStyle style) {
		var cell = sheet.createRow(row).createCell(0);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

}
