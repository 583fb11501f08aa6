package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
 */
public record ImportedObligation(int line, Integer rowNumber, String category, String categoryEn, String rowTitle,
		String rowTitleEn, UnitLevel level, String code, LocalDate effectiveFrom, LocalDate effectiveTo,
		ObligationTerms terms, Map<String, LocalDate> phases, Map<Integer, LocalDate> eventDates) {

	public ImportedObligation {
		phases = Map.copyOf(phases);
		eventDates = Map.copyOf(eventDates);
	}

	/**
	 * A problem with one line, or with the file (line 0).
	 *
	 * @param line the line, 0 for the file as a whole
	 * @param field the field (a column), null for the whole line
	 * @param code message key
	 * @param args message arguments
	 */
	public record Problem(int line, String field, String code, List<Object> args) {

		public Problem {
			args = List.copyOf(args);
		}

		public static Problem of(int line, String field, String code, Object... args) {
			return new Problem(line, field, code, List.of(args));
		}

	}

	/** The file was refused: every problem found, nothing changed. */
	public static class RejectedException extends RuntimeException {

		private final transient List<Problem> problems;

		public RejectedException(List<Problem> problems) {
			super(problems.size() + " problems");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return this.problems;
		}

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
