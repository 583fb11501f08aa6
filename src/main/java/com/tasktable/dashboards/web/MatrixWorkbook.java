package com.tasktable.dashboards.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import com.tasktable.compliance.Quarters;
import com.tasktable.dashboards.CellView;
import com.tasktable.dashboards.FigureForm;
import com.tasktable.dashboards.Matrix;
import com.tasktable.dashboards.StatusGlyph;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * The matrix as an Excel workbook: one sheet per level block with the page's figures and
 * percentages, the status as each cell's fill, and a legend sheet. Figures come from
 * {@link CellView}, so the workbook cannot say anything the page does not.
 */
final class MatrixWorkbook {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows above the units: title, block, today, codes, obligation titles. */
	static final int HEADER_ROWS = 5;

	private static final int CODE_COLUMN_WIDTH = 10;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final MatrixStyles styles = new MatrixStyles(this.workbook);

	private final MessageSource messages;

	private final Locale locale;

	private MatrixWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	static byte[] write(Matrix matrix, MessageSource messages, Locale locale) throws IOException {
		var book = new MatrixWorkbook(messages, locale);
		try (var workbook = book.workbook; var out = new ByteArrayOutputStream()) {
			for (var block : matrix.blocks()) {
				book.block(matrix, block);
			}
			if (matrix.blocks().isEmpty()) {
				book.heading(book.sheet(book.text("dashboard.title")), matrix, book.text("dashboard.empty"));
			}
			book.legend();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private void block(Matrix matrix, Matrix.Block block) {
		var level = text("level." + block.level());
		var sheet = sheet(level);
		var average = (block.average() != null) ? block.average() + "%" : "—";
		heading(sheet, matrix, text("dashboard.block", level, average));
		// names first, codes under them
		var names = sheet.createRow(HEADER_ROWS - 2);
		var codes = sheet.createRow(HEADER_ROWS - 1);
		cell(names, 0, text("unit.name"), this.styles.header);
		cell(names, 1, text("dashboard.export.percent"), this.styles.header);
		cell(codes, 0, "", this.styles.header);
		cell(codes, 1, "", this.styles.header);
		int lines = 1;
		for (int i = 0; i < block.obligations().size(); i++) {
			var obligation = block.obligations().get(i);
			var name = obligation.displayName(this.locale);
			cell(names, i + 2, name, this.styles.wrapped);
			cell(codes, i + 2, obligation.code(), this.styles.header);
			sheet.setColumnWidth(i + 2, CODE_COLUMN_WIDTH * 256);
			lines = Math.max(lines, (width(name) + CODE_COLUMN_WIDTH - 2) / (CODE_COLUMN_WIDTH - 1));
		}
		names.setHeightInPoints(15f * Math.min(lines, 8));
		int unitWidth = width(text("unit.name"));
		int r = HEADER_ROWS;
		for (var row : block.rows()) {
			var line = sheet.createRow(r++);
			var name = row.unit().displayName(this.locale);
			unitWidth = Math.max(unitWidth, width(name));
			cell(line, 0, name, this.styles.plain);
			var percent = row.compliance().percent();
			if (percent != null) {
				var cell = line.createCell(1);
				cell.setCellValue(percent.doubleValue());
				cell.setCellStyle(this.styles.percent);
			}
			else {
				cell(line, 1, "—", this.styles.percent);
			}
			for (int i = 0; i < row.cells().size(); i++) {
				figure(line, i + 2, row.views().get(i));
			}
		}
		sheet.setColumnWidth(0, Math.min(unitWidth + 2, 60) * 256);
		sheet.setColumnWidth(1, 10 * 256);
		sheet.createFreezePane(2, HEADER_ROWS);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
	}

	/** A plain count is a number, so that it adds up; "2/3" and "1+1" stay text. */
	private void figure(Row line, int column, CellView view) {
		if (!view.figure().isEmpty() && view.figure().chars().allMatch(Character::isDigit)) {
			var cell = line.createCell(column);
			cell.setCellValue(Integer.parseInt(view.figure()));
			cell.setCellStyle(this.styles.of(view));
		}
		else {
			cell(line, column, view.figure(), this.styles.of(view));
		}
	}

	private void heading(Sheet sheet, Matrix matrix, String subtitle) {
		var quarter = matrix.quarter().start();
		cell(sheet.createRow(0), 0, text("dashboard.heading", matrix.campaign().displayName(this.locale),
				String.valueOf(quarter.getYear()), Quarters.of(quarter)), this.styles.title);
		sheet.createRow(1).createCell(0).setCellValue(subtitle);
		sheet.createRow(2).createCell(0).setCellValue(text("unit.today", matrix.today().toString()));
	}

	private void legend() {
		var sheet = sheet(text("dashboard.legend"));
		int r = 0;
		for (var status : StatusGlyph.values()) {
			var row = sheet.createRow(r++);
			cell(row, 0, status.glyph(), this.styles.of(status.status()));
			row.createCell(1).setCellValue(text(status.messageKey()));
		}
		r++;
		for (var form : FigureForm.values()) {
			var row = sheet.createRow(r++);
			cell(row, 0, form.example(), (form == FigureForm.BLANK) ? this.styles.none : this.styles.plain);
			row.createCell(1).setCellValue(text(form.messageKey()));
		}
		sheet.setColumnWidth(0, 6 * 256);
		sheet.setColumnWidth(1, 60 * 256);
	}

	private Sheet sheet(String name) {
		return this.workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	/** Width in Excel character units: a Chinese character takes about two. */
	private static int width(String text) {
		return text.codePoints().map((c) -> (c >= 0x2E80) ? 2 : 1).sum();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
