package com.tasktable.dashboards.web;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import com.tasktable.compliance.Status;
import com.tasktable.dashboards.CellView;
import com.tasktable.dashboards.StatusGlyph;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the matrix workbook, made once per workbook (Excel caps their
 * number): the page's palette, thin borders like its table.
 */
final class MatrixStyles {

	final CellStyle title;

	final CellStyle header;

	/** Obligation titles under their codes. */
	final CellStyle wrapped;

	/** Unit names. */
	final CellStyle plain;

	/** A percentage with one decimal, as on the page. */
	final CellStyle percent;

	/** A cell with nothing due in the quarter: blank and unfilled, as on the page. */
	final CellStyle none;

	private final Map<Status, CellStyle> statuses = new EnumMap<>(Status.class);

	private final XSSFWorkbook workbook;

	MatrixStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		var bold = workbook.createFont();
		bold.setBold(true);
		var large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		this.title = workbook.createCellStyle();
		this.title.setFont(large);
		this.plain = bordered(HorizontalAlignment.LEFT);
		this.header = bordered(HorizontalAlignment.CENTER);
		this.header.setFont(bold);
		this.wrapped = bordered(HorizontalAlignment.CENTER);
		this.wrapped.setWrapText(true);
		this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		this.percent = bordered(HorizontalAlignment.RIGHT);
		this.percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
		this.none = bordered(HorizontalAlignment.CENTER);
		for (var status : Status.values()) {
			var style = bordered(HorizontalAlignment.CENTER);
			style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(StatusGlyph.of(status).fill())));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.statuses.put(status, style);
		}
	}

	/** The fill of a cell as the page colours it ({@link CellView#cssClass()}). */
	CellStyle of(CellView cell) {
		return "cell-none".equals(cell.cssClass()) ? this.none : this.statuses.get(cell.status());
	}

	CellStyle of(Status status) {
		return this.statuses.get(status);
	}

	private XSSFCellStyle bordered(HorizontalAlignment alignment) {
		var style = this.workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setAlignment(alignment);
		return style;
	}

}
