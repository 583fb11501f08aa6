package com.tasktable.campaigns;

import java.util.List;
import java.util.Set;

/**
 * The columns of a task table workbook, written by the export and read back by the
 * import: keys in order, whose headers are {@code admin.xlsx.<key>}.
 */
public final class TaskTableColumns {

	/** Column keys in order. */
	public static final List<String> KEYS = List.of("rowNumber", "category", "level", "code", "text", "kind",
			"frequency", "minCount", "maxCount", "yearlyTarget", "weight", "phases", "rowTitle", "title",
			"effectiveFrom", "effectiveTo", "deadline", "deadlineMonthDay", "eventMonthDay", "windowDaysBefore",
			"windowDaysAfter", "metricTarget", "metricUnit", "coverageCategories", "eventDates", "categoryEn",
			"rowTitleEn", "titleEn", "textEn", "scoreMode", "shortName", "shortNameEn");

	/**
	 * Columns added after files were first exported: a file without them still imports,
	 * with the field's default (a yearly target in proportion; short names left as they
	 * are).
	 */
	public static final Set<String> LATER = Set.of("scoreMode", "shortName", "shortNameEn");

	private TaskTableColumns() {
	}

}
