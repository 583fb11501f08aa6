package com.tasktable.campaigns;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitView;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.springframework.context.MessageSource;

/**
 * Reads a task table workbook back (the layout the export writes,
 * {@link TaskTableColumns}): every line as an obligation, and every problem a cell has on
 * its own, by sheet, row and column. What the lines mean together is the import service's
 * to check.
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
	record Parsed(List<ImportedObligation> lines, List<Violation> problems) {
	}

	static Parsed read(InputStream in, List<UnitView> units, MessageSource messages) {
		return new TaskTableSheetReader(messages).parse(in, units);
	}

	private Parsed parse(InputStream in, List<UnitView> units) {
		List<Violation> problems = new ArrayList<>();
		List<ImportedObligation> lines = new ArrayList<>();
		Workbook workbook;
		try {
			workbook = WorkbookFactory.create(in);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(ImportedObligation.problem(0, null, "admin.import.error.notXlsx"));
			return new Parsed(lines, problems);
		}
		try (workbook) {
			var sheet = workbook.getSheetAt(0);
			checkHeader(sheet, problems);
			boolean named = hasColumn(sheet, "shortName");
			if (!problems.isEmpty()) {
				return new Parsed(lines, problems);
			}
			if (sheet.getLastRowNum() > MAX_LINES) {
				problems.add(ImportedObligation.problem(0, null, "admin.import.error.tooMany", MAX_LINES));
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
				lines.add(line(new SheetLineReader(row, r + 1, problems, this.messages), unitByName, named));
			}
		}
		catch (IOException ex) {
			problems.add(ImportedObligation.problem(0, null, "admin.import.error.notXlsx"));
		}
		return new Parsed(lines, problems);
	}

	private void checkHeader(Sheet sheet, List<Violation> problems) {
		var head = sheet.getRow(0);
		for (int i = 0; i < TaskTableColumns.KEYS.size(); i++) {
			var key = TaskTableColumns.KEYS.get(i);
			var found = (head != null) ? new DataFormatter().formatCellValue(head.getCell(i)).trim() : "";
			if (found.isEmpty() && TaskTableColumns.LATER.contains(key)) {
				continue;
			}
			var zh = this.messages.getMessage("admin.xlsx." + key, null, Locale.SIMPLIFIED_CHINESE);
			var en = this.messages.getMessage("admin.xlsx." + key, null, Locale.ENGLISH);
			if (!found.equals(zh) && !found.equalsIgnoreCase(en)) {
				problems.add(ImportedObligation.problem(1, key, "admin.import.error.header", zh));
			}
		}
	}

	/** Whether the file has a later column (a header in its place). */
	private static boolean hasColumn(Sheet sheet, String key) {
		var head = sheet.getRow(0);
		return head != null
				&& !new DataFormatter().formatCellValue(head.getCell(TaskTableColumns.KEYS.indexOf(key))).isBlank();
	}

	private ImportedObligation line(SheetLineReader in, Map<String, String> unitByName, boolean named) {
		var level = in.choice("level", UnitLevel.values(), "level.");
		var kind = in.choice("kind", ObligationKind.values(), "kind.");
		var frequency = in.choice("frequency", Frequency.values(), "frequency.");
		var deadline = in.monthDay("deadlineMonthDay");
		var event = in.monthDay("eventMonthDay");
		var weight = in.decimal("weight");
		var terms = ObligationTerms.builder()
			.validFrom(in.date("effectiveFrom"))
			.title(in.text("title"))
			.titleEn(in.text("titleEn"))
			.text(in.text("text"))
			.textEn(in.text("textEn"))
			.kind(kind)
			.frequency(frequency)
			.minCount(in.integer("minCount"))
			.maxCount(in.integer("maxCount"))
			.yearlyTarget(in.integer("yearlyTarget"))
			.deadline(in.date("deadline"))
			.deadlineMonth(deadline[0])
			.deadlineDay(deadline[1])
			.eventMonth(event[0])
			.eventDay(event[1])
			.windowDaysBefore(in.integer("windowDaysBefore"))
			.windowDaysAfter(in.integer("windowDaysAfter"))
			.metricTarget(in.decimal("metricTarget"))
			.metricUnit(in.text("metricUnit"))
			.coverageCategories(in.list("coverageCategories"))
			.weight((weight != null) ? weight : BigDecimal.ZERO)
			.scoreMode(in.choice("scoreMode", ScoreMode.values(), "scoreMode."))
			.build();
		Map<String, LocalDate> phases = new LinkedHashMap<>();
		for (var entry : in.list("phases")) {
			var cut = entry.lastIndexOf(' ');
			var unit = (cut > 0) ? unitByName.get(entry.substring(0, cut).trim()) : null;
			if (unit == null && cut > 0) {
				unit = unitByName.get(entry.substring(0, cut).trim().toLowerCase(Locale.ROOT));
			}
			var start = (cut > 0) ? in.parseDate(entry.substring(cut + 1).trim()) : null;
			if (unit == null || start == null) {
				in.problems.add(ImportedObligation.problem(in.line, "phases", "admin.import.error.phase", entry));
			}
			else {
				phases.put(unit, start);
			}
		}
		Map<Integer, LocalDate> eventDates = new TreeMap<>();
		for (var entry : in.list("eventDates")) {
			var day = in.parseDate(entry);
			if (day == null) {
				in.problems.add(ImportedObligation.problem(in.line, "eventDates", "admin.error.date"));
			}
			else {
				eventDates.put(day.getYear(), day);
			}
		}
		return new ImportedObligation(in.line, in.integer("rowNumber"), in.text("category"), in.text("categoryEn"),
				in.text("rowTitle"), in.text("rowTitleEn"), level, in.text("code"), in.date("effectiveFrom"),
				in.date("effectiveTo"), terms, phases, eventDates,
				named ? new ImportedObligation.Names(in.text("shortName"), in.text("shortNameEn")) : null);
	}

	private static boolean isBlank(Row row) {
		var formatter = new DataFormatter();
		for (int i = 0; i < TaskTableColumns.KEYS.size(); i++) {
			if (!formatter.formatCellValue(row.getCell(i)).isBlank()) {
				return false;
			}
		}
		return true;
	}

}
