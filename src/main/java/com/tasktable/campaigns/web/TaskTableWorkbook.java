package com.tasktable.campaigns.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.CategoryView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.campaigns.TaskTableColumns;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;
import com.tasktable.units.UnitView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * A campaign's task table as an office keeps it: one sheet, one line per obligation. The
 * first columns are the ones a reader looks for (row number, category, level, code, text,
 * kind, frequency, minimum, maximum, target, weight, phase dates), the rest carry every
 * other field so that an export imported again gives the same campaign. Kinds,
 * frequencies and levels are written as the reader's labels and read back in Chinese,
 * English or as their codes; dates are real dates, or text {@code yyyy-MM-dd}.
 */
final class TaskTableWorkbook {

	private TaskTableWorkbook() {
	}

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Column keys in order; their headers are {@code admin.xlsx.<key>}. */
	static final List<String> COLUMNS = TaskTableColumns.KEYS;

	/** Fields of the rules that live in another column. */
	private static final Map<String, String> FIELD_COLUMN = Map.of("deadlineMonth", "deadlineMonthDay", "deadlineDay",
			"deadlineMonthDay", "eventMonth", "eventMonthDay", "eventDay", "eventMonthDay");

	/** The column letter and header a problem's field belongs to, or null. */
	static String column(String field, MessageSource messages, Locale locale) {
		if (field == null) {
			return null;
		}
		var key = FIELD_COLUMN.getOrDefault(field, field);
		int index = COLUMNS.indexOf(key);
		if (index < 0) {
			return null;
		}
		return CellReference.convertNumToColString(index) + " "
				+ messages.getMessage("admin.xlsx." + key, null, key, locale);
	}

	static String sheetName(MessageSource messages, Locale locale) {
		return messages.getMessage("admin.xlsx.sheet", null, "Task table", locale);
	}

	static byte[] write(CampaignView campaign, List<ObligationView> table, List<UnitView> units,
			List<CategoryView> categories, MessageSource messages, Locale locale) throws IOException {
		var names = new HashMap<String, String>();
		units.forEach(u -> names.put(u.code(), u.name()));
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(sheetName(messages, locale));
			var header = workbook.createCellStyle();
			var bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setWrapText(true);
			var wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			var date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			var weight = workbook.createCellStyle();
			weight.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			var head = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				var cell = head.createCell(i);
				cell.setCellValue(messages.getMessage("admin.xlsx." + COLUMNS.get(i), null, locale));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (var o : table) {
				var t = o.termsOn(
						campaign.clamp(o.effectiveTo() != null ? o.effectiveTo().minusDays(1) : campaign.endDate()));
				var row = sheet.createRow(r++);
				Map<String, Object> values = new LinkedHashMap<>();
				values.put("rowNumber", o.rowNumber());
				values.put("category", o.rowCategory());
				values.put("level", messages.getMessage("level." + o.level(), null, locale));
				values.put("code", o.code());
				values.put("text", t.text());
				values.put("kind", messages.getMessage("kind." + t.kind(), null, locale));
				values.put("frequency", (t.frequency() != null)
						? messages.getMessage("frequency." + t.frequency(), null, locale) : null);
				values.put("minCount", t.minCount());
				values.put("maxCount", t.maxCount());
				values.put("yearlyTarget", t.yearlyTarget());
				values.put("weight", t.weight());
				List<String> phases = new ArrayList<>();
				o.phases().forEach((unit, start) -> phases.add(names.getOrDefault(unit, unit) + " " + start));
				values.put("phases", phases.isEmpty() ? null : String.join("\n", phases));
				values.put("rowTitle", o.rowTitle());
				values.put("title", t.title());
				values.put("effectiveFrom", o.effectiveFrom());
				values.put("effectiveTo", o.effectiveTo());
				values.put("deadline", t.deadline());
				values.put("deadlineMonthDay", monthDay(t.deadlineMonth(), t.deadlineDay()));
				values.put("eventMonthDay", monthDay(t.eventMonth(), t.eventDay()));
				values.put("windowDaysBefore", t.windowDaysBefore());
				values.put("windowDaysAfter", t.windowDaysAfter());
				values.put("metricTarget", t.metricTarget());
				values.put("metricUnit", t.metricUnit());
				values.put("coverageCategories",
						t.coverageCategories().isEmpty() ? null : String.join(", ", t.coverageCategories()));
				values.put("eventDates", o.eventDates().isEmpty() ? null
						: String.join("\n", o.eventDates().values().stream().map(LocalDate::toString).toList()));
				values.put("categoryEn", o.rowCategoryEn());
				values.put("rowTitleEn", o.rowTitleEn());
				values.put("titleEn", t.titleEn());
				values.put("textEn", t.textEn());
				values.put("scoreMode", (t.scoreMode() != null)
						? messages.getMessage("scoreMode." + t.scoreMode(), null, locale) : null);
				values.put("shortName", o.shortName());
				values.put("shortNameEn", o.shortNameEn());
				int c = 0;
				for (var key : COLUMNS) {
					write(row.createCell(c++), values.get(key), weight, date, wrap);
				}
			}
			sheet.createFreezePane(4, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
			int[] widths = { 6, 14, 10, 9, 60, 12, 10, 6, 6, 8, 7, 24, 24, 24, 12, 12, 12, 10, 10, 8, 8, 10, 10, 24, 12,
					20, 24, 24, 40, 16 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			legend(workbook, categories, messages, locale);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void legend(Workbook workbook, List<CategoryView> categories, MessageSource messages,
			Locale locale) {
		var sheet = workbook.createSheet(messages.getMessage("admin.xlsx.legend", null, locale));
		int r = 0;
		for (var kind : ObligationKind.values()) {
			var row = sheet.createRow(r++);
			row.createCell(0).setCellValue(messages.getMessage("admin.field.kind", null, locale));
			row.createCell(1).setCellValue(messages.getMessage("kind." + kind, null, locale));
		}
		for (var frequency : Frequency.values()) {
			var row = sheet.createRow(r++);
			row.createCell(0).setCellValue(messages.getMessage("admin.field.frequency", null, locale));
			row.createCell(1).setCellValue(messages.getMessage("frequency." + frequency, null, locale));
		}
		for (var mode : ScoreMode.values()) {
			var row = sheet.createRow(r++);
			row.createCell(0).setCellValue(messages.getMessage("admin.field.scoreMode", null, locale));
			row.createCell(1).setCellValue(messages.getMessage("scoreMode." + mode, null, locale));
		}
		for (var category : categories) {
			var row = sheet.createRow(r++);
			row.createCell(0).setCellValue(messages.getMessage("admin.field.coverageCategories", null, locale));
			row.createCell(1).setCellValue(category.code());
			row.createCell(2).setCellValue(category.displayName(locale));
		}
		sheet.setColumnWidth(0, 16 * 256);
		sheet.setColumnWidth(1, 20 * 256);
		sheet.setColumnWidth(2, 30 * 256);
	}

	private static void write(Cell cell, Object value, CellStyle decimal, CellStyle date, CellStyle wrap) {
		if (value == null) {
			return;
		}
		if (value instanceof Integer i) {
			cell.setCellValue(i);
		}
		else if (value instanceof BigDecimal d) {
			cell.setCellValue(d.doubleValue());
			cell.setCellStyle(decimal);
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(date);
		}
		else {
			cell.setCellValue(value.toString());
			cell.setCellStyle(wrap);
		}
	}

	private static String monthDay(Integer month, Integer day) {
		return (month != null && day != null) ? "%02d-%02d".formatted(month, day) : null;
	}

}
