package com.tasktable.campaigns.web;

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

import com.tasktable.campaigns.ImportedObligation;
import com.tasktable.campaigns.ImportedObligation.Problem;
import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.springframework.context.MessageSource;

/**
 * Reads a task table workbook back (the layout {@link TaskTableWorkbook} writes): every
 * line as an obligation, and every problem a cell has on its own, by sheet, row and
 * column. What the lines mean together is the import service's to check.
 */
final class TaskTableSheetReader {

	private static final int MAX_LINES = 5000;

	private final MessageSource messages;

	private TaskTableSheetReader(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The lines of a workbook, and every problem a cell has on its own (a number that is
	 * not one, an unknown kind…). The service then checks what the lines mean together.
	 */
	record Parsed(List<ImportedObligation> lines, List<Problem> problems) {
	}

	static Parsed read(InputStream in, List<UnitView> units, MessageSource messages) {
		return new TaskTableSheetReader(messages).parse(in, units);
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
		for (int i = 0; i < TaskTableWorkbook.COLUMNS.size(); i++) {
			var key = TaskTableWorkbook.COLUMNS.get(i);
			var found = (head != null) ? new DataFormatter().formatCellValue(head.getCell(i)).trim() : "";
			if (found.isEmpty() && TaskTableWorkbook.LATER_COLUMNS.contains(key)) {
				continue;
			}
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
				in.text("metricUnit"), in.list("coverageCategories"), (weight != null) ? weight : BigDecimal.ZERO,
				in.choice("scoreMode", ScoreMode.values(), "scoreMode."));
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
		for (int i = 0; i < TaskTableWorkbook.COLUMNS.size(); i++) {
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
			return this.row.getCell(TaskTableWorkbook.COLUMNS.indexOf(key));
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
			return TaskTableSheetReader.this.messages.getMessage(key, null, key, locale);
		}

	}

}
