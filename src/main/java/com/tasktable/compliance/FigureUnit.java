package com.tasktable.compliance;

/**
 * What an evaluation's {@code approved}, {@code pending} and {@code required} figures
 * count: one unit per figure, so that "27 of 28" never mixes records with days.
 */
public enum FigureUnit {

	/** Records (counted kinds, milestones, dated events, metric readings). */
	RECORDS,
	/** Days with an update: records on the same day count once. */
	DAYS,
	/** Coverage categories. */
	CATEGORIES,
	/** Directives due. */
	DIRECTIVES,
	/** A reviewer's rating: 1 once rated. */
	RATINGS;

	/** The unit of a kind's figures. */
	public static FigureUnit of(ObligationKind kind) {
		return switch (kind) {
			case DAILY_ACTIVITY -> DAYS;
			case COVERAGE -> CATEGORIES;
			case DIRECTIVE -> DIRECTIVES;
			case ASSESSMENT -> RATINGS;
			default -> RECORDS;
		};
	}

}
