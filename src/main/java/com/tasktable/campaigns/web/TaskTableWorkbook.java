package com.tasktable.campaigns.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.CategoryView;
import com.tasktable.campaigns.ImportedObligation;
import com.tasktable.campaigns.ImportedObligation.Problem;
import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Column keys in order; their headers are {@code admin.xlsx.<key>}. */
	static final List<String> COLUMNS = List.of("rowNumber", "category", "level", "code", "text", "kind", "frequency",
			"minCount", "maxCount", "yearlyTarget", "weight", "phases", "rowTitle", "title", "effectiveFrom",
			"effectiveTo", "deadline", "deadlineMonthDay", "eventMonthDay", "windowDaysBefore", "windowDaysAfter",
			"metricTarget", "metricUnit", "coverageCategories", "eventDates", "categoryEn", "rowTitleEn", "titleEn",
			"textEn");

	/** Fields of the rules that live in another column. */
	private static final Map<String, String> FIELD_COLUMN = Map.of("deadlineMonth", "deadlineMonthDay", "deadlineDay",
			"deadlineMonthDay", "eventMonth", "eventMonthDay", "eventDay", "eventMonthDay");

	private static final int MAX_LINES = 5000;

	private final MessageSource messages;

	private TaskTableWorkbook(MessageSource messages) {
		this.messages = messages;
	}

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
				int c = 0;
				for (var key : COLUMNS) {
					write(row.createCell(c++), values.get(key), weight, date, wrap);
				}
			}
			sheet.createFreezePane(4, 1);
			sheet.setAutoFilter(
					new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
			int[] widths = { 6, 14, 10, 9, 60, 12, 10, 6, 6, 8, 7, 24, 24, 24, 12, 12, 12, 10, 10, 8, 8, 10, 10, 24, 12,
					20, 24, 24, 40 };
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

	/**
	 * The lines of a workbook, and every problem a cell has on its own (a number that is
	 * not one, an unknown kind…). The service then checks what the lines mean together.
	 */
	record Parsed(List<ImportedObligation> lines, List<Problem> problems) {
	}

	static Parsed read(InputStream in, List<UnitView> units, MessageSource messages) {
		return new TaskTableWorkbook(messages).parse(in, units);
	}

	private Parsed parse(InputStream in, List<UnitView> units) {
		List<Problem> problems = new ArrayList<>();
		List<ImportedObligation> lines = new ArrayList<>();
		Workbook workbook;
		try {
			workbook = WorkbookFactory.create(in);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(Problem.of(0, null, "admin.import.error.notXlsx"));
			return new Parsed(lines, problems);
		}
		try (workbook) {
			var sheet = workbook.getSheetAt(0);
			checkHeader(sheet, problems);
			if (!problems.isEmpty()) {
				return new Parsed(lines, problems);
			}
			if (sheet.getLastRowNum() > MAX_LINES) {
				problems.add(Problem.of(0, null, "admin.import.error.tooMany", MAX_LINES));
				return new Parsed(lines, problems);
			}
			var unitByName = new HashMap<String, String>();
			units.forEach(u -> {
				unitByName.put(u.code(), u.code());
				unitByName.put(u.name(), u.code());
				if (u.nameEn() != null) {
					unitByName.put(u.nameEn().toLowerCase(Locale.ROOT), u.code());
				}
			});
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				if (row == null || isBlank(row)) {
					continue;
				}
				lines.add(line(new LineReader(row, r + 1, problems), unitByName));
			}
		}
		catch (IOException ex) {
			problems.add(Problem.of(0, null, "admin.import.error.notXlsx"));
		}
		return new Parsed(lines, problems);
	}

	private void checkHeader(Sheet sheet, List<Problem> problems) {
		var head = sheet.getRow(0);
		for (int i = 0; i < COLUMNS.size(); i++) {
			var key = COLUMNS.get(i);
			var found = (head != null) ? new DataFormatter().formatCellValue(head.getCell(i)).trim() : "";
			var zh = this.messages.getMessage("admin.xlsx." + key, null, Locale.SIMPLIFIED_CHINESE);
			var en = this.messages.getMessage("admin.xlsx." + key, null, Locale.ENGLISH);
			if (!found.equals(zh) && !found.equalsIgnoreCase(en)) {
				problems.add(Problem.of(1, key, "admin.import.error.header", zh));
			}
		}
	}

	private ImportedObligation line(LineReader in, Map<String, String> unitByName) {
		var level = in.choice("level", UnitLevel.values(), "level.");
		var kind = in.choice("kind", ObligationKind.values(), "kind.");
		var frequency = in.choice("frequency", Frequency.values(), "frequency.");
		var deadline = in.monthDay("deadlineMonthDay");
		var event = in.monthDay("eventMonthDay");
		var weight = in.decimal("weight");
		var terms = new ObligationTerms(in.date("effectiveFrom"), null, in.text("title"), in.text("titleEn"),
				in.text("text"), in.text("textEn"), kind, frequency, in.integer("minCount"), in.integer("maxCount"),
				in.integer("yearlyTarget"), in.date("deadline"), deadline[0], deadline[1], event[0], event[1],
				in.integer("windowDaysBefore"), in.integer("windowDaysAfter"), in.decimal("metricTarget"),
				in.text("metricUnit"), in.list("coverageCategories"), (weight != null) ? weight : BigDecimal.ZERO);
		Map<String, LocalDate> phases = new LinkedHashMap<>();
		for (var entry : in.list("phases")) {
			var cut = entry.lastIndexOf(' ');
			var unit = (cut > 0) ? unitByName.get(entry.substring(0, cut).trim()) : null;
			if (unit == null && cut > 0) {
				unit = unitByName.get(entry.substring(0, cut).trim().toLowerCase(Locale.ROOT));
			}
			var start = (cut > 0) ? in.parseDate(entry.substring(cut + 1).trim()) : null;
			if (unit == null || start == null) {
				in.problems.add(Problem.of(in.line, "phases", "admin.import.error.phase", entry));
			}
			else {
				phases.put(unit, start);
			}
		}
		Map<Integer, LocalDate> eventDates = new TreeMap<>();
		for (var entry : in.list("eventDates")) {
			var day = in.parseDate(entry);
			if (day == null) {
				in.problems.add(Problem.of(in.line, "eventDates", "admin.error.date"));
			}
			else {
				eventDates.put(day.getYear(), day);
			}
		}
		return new ImportedObligation(in.line, in.integer("rowNumber"), in.text("category"), in.text("categoryEn"),
				in.text("rowTitle"), in.text("rowTitleEn"), level, in.text("code"), in.date("effectiveFrom"),
				in.date("effectiveTo"), terms, phases, eventDates);
	}

	private static boolean isBlank(Row row) {
		var formatter = new DataFormatter();
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (!formatter.formatCellValue(row.getCell(i)).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** Reads one line's cells by column key, noting each cell's problem. */
	private final class LineReader {

		private final Row row;

		private final int line;

		private final List<Problem> problems;

		private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

		LineReader(Row row, int line, List<Problem> problems) {
			this.row = row;
			this.line = line;
			this.problems = problems;
		}

		private Cell cell(String key) {
			return this.row.getCell(COLUMNS.indexOf(key));
		}

		String text(String key) {
			var cell = cell(key);
			if (cell == null) {
				return null;
			}
			var value = (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell))
					? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
					: this.formatter.formatCellValue(cell);
			value = value.trim();
			return value.isEmpty() ? null : value;
		}

		List<String> list(String key) {
			var value = text(key);
			if (value == null) {
				return List.of();
			}
			return Arrays.stream(value.split("[\\n;；,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		}

		BigDecimal decimal(String key) {
			var cell = cell(key);
			if (cell == null || cell.getCellType() == CellType.BLANK) {
				return null;
			}
			try {
				if (cell.getCellType() == CellType.NUMERIC) {
					return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
				}
				var value = text(key);
				return (value != null) ? new BigDecimal(value).stripTrailingZeros() : null;
			}
			catch (NumberFormatException | IllegalStateException ex) {
				this.problems.add(Problem.of(this.line, key, "admin.import.error.number"));
				return null;
			}
		}

		Integer integer(String key) {
			var value = decimal(key);
			if (value == null) {
				return null;
			}
			try {
				return value.intValueExact();
			}
			catch (ArithmeticException ex) {
				this.problems.add(Problem.of(this.line, key, "admin.import.error.whole"));
				return null;
			}
		}

		LocalDate date(String key) {
			var cell = cell(key);
			if (cell == null || cell.getCellType() == CellType.BLANK) {
				return null;
			}
			if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate();
			}
			var value = text(key);
			if (value == null) {
				return null;
			}
			var day = parseDate(value);
			if (day == null) {
				this.problems.add(Problem.of(this.line, key, "admin.error.date"));
			}
			return day;
		}

		LocalDate parseDate(String value) {
			try {
				return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		Integer[] monthDay(String key) {
			var value = text(key);
			if (value == null) {
				return new Integer[2];
			}
			var parts = value.split("[-/.月日]");
			try {
				if (parts.length >= 2) {
					return new Integer[] { Integer.valueOf(parts[0].trim()), Integer.valueOf(parts[1].trim()) };
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			this.problems.add(Problem.of(this.line, key, "admin.error.monthDay"));
			return new Integer[2];
		}

		<E extends Enum<E>> E choice(String key, E[] values, String labelPrefix) {
			var value = text(key);
			if (value == null) {
				return null;
			}
			for (var candidate : values) {
				if (candidate.name().equalsIgnoreCase(value)
						|| value.equals(label(labelPrefix + candidate.name(), Locale.SIMPLIFIED_CHINESE))
						|| value.equalsIgnoreCase(label(labelPrefix + candidate.name(), Locale.ENGLISH))) {
					return candidate;
				}
			}
			this.problems.add(Problem.of(this.line, key, "admin.import.error.choice", value));
			return null;
		}

		private String label(String key, Locale locale) {
			return TaskTableWorkbook.this.messages.getMessage(key, null, key, locale);
		}

	}

}
