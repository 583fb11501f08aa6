package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.tasktable.platform.Violation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

import org.springframework.context.MessageSource;

/**
 * Reads one line of a task table workbook's cells by column key, noting each cell's
 * problem (a number that is not one, an unknown label…) with its line.
 */
final class SheetLineReader {

	private final Row row;

	final int line;

	final List<Violation> problems;

	private final MessageSource messages;

	private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

	SheetLineReader(Row row, int line, List<Violation> problems, MessageSource messages) {
		this.messages = messages;
		this.row = row;
		this.line = line;
		this.problems = problems;
	}

	private Cell cell(String key) {
		return this.row.getCell(TaskTableColumns.KEYS.indexOf(key));
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
			this.problems.add(ImportedObligation.problem(this.line, key, "admin.import.error.number"));
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
			this.problems.add(ImportedObligation.problem(this.line, key, "admin.import.error.whole"));
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
			this.problems.add(ImportedObligation.problem(this.line, key, "admin.error.date"));
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
		this.problems.add(ImportedObligation.problem(this.line, key, "admin.error.monthDay"));
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
		this.problems.add(ImportedObligation.problem(this.line, key, "admin.import.error.choice", value));
		return null;
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
