package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.Map;

import com.tasktable.platform.Violation;
import com.tasktable.units.UnitLevel;

/**
 * One line of an imported task table: an obligation with its row.
 *
 * @param line the line in the file (1-based, as a spreadsheet shows it)
 * @param rowNumber the task table row
 * @param category the row's category
 * @param categoryEn in English, may be null
 * @param rowTitle the row's title
 * @param rowTitleEn in English, may be null
 * @param level the unit level
 * @param code the obligation's code, {@code <row>.<R|C|X>.<n>}
 * @param effectiveFrom first day in force
 * @param effectiveTo retired from, may be null
 * @param terms what it asks, with its weight
 * @param phases start dates by unit code
 * @param eventDates dates of a movable day, by year
 * @param names the short names, null when the file has no short name columns (the names
 * stay as they are)
 */
public record ImportedObligation(int line, Integer rowNumber, String category, String categoryEn, String rowTitle,
		String rowTitleEn, UnitLevel level, String code, LocalDate effectiveFrom, LocalDate effectiveTo,
		ObligationTerms terms, Map<String, LocalDate> phases, Map<Integer, LocalDate> eventDates, Names names) {

	private static final String LINE = "line:";

	public ImportedObligation {
		phases = Map.copyOf(phases);
		eventDates = Map.copyOf(eventDates);
	}

	/**
	 * A problem with one line of the file, or with the file as a whole (line 0): a
	 * violation whose field says both, {@code line:12:weight}, or {@code line:12} for the
	 * whole line.
	 * @param line the line, 0 for the file as a whole
	 * @param column the column's key, null for the whole line
	 */
	public static Violation problem(int line, String column, String code, Object... args) {
		return Violation.of(LINE + line + ((column != null) ? ":" + column : ""), code, args);
	}

	/** The line a problem is on, 0 for the file as a whole. */
	public static int lineOf(Violation problem) {
		var field = problem.field();
		if (field == null || !field.startsWith(LINE)) {
			return 0;
		}
		var rest = field.substring(LINE.length());
		var cut = rest.indexOf(':');
		return Integer.parseInt((cut < 0) ? rest : rest.substring(0, cut));
	}

	/** The column's key a problem is in, null for a whole line. */
	public static String columnOf(Violation problem) {
		var field = problem.field();
		if (field == null || !field.startsWith(LINE)) {
			return field;
		}
		var cut = field.indexOf(':', LINE.length());
		return (cut < 0) ? null : field.substring(cut + 1);
	}

	/**
	 * The short names of a line; blank cells are no name.
	 *
	 * @param shortName in Chinese, may be null
	 * @param shortNameEn in English, may be null
	 */
	public record Names(String shortName, String shortNameEn) {
	}

	/**
	 * What an import changed.
	 *
	 * @param rowsCreated rows added
	 * @param rowsUpdated rows whose texts changed
	 * @param created obligations added
	 * @param revised obligations given a new version
	 * @param unchanged obligations as they were
	 */
	public record Result(int rowsCreated, int rowsUpdated, int created, int revised, int unchanged) {
	}

}
