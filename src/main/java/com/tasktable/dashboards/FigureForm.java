package com.tasktable.dashboards;

/**
 * The forms a figure takes on the matrix, each explained by the legend
 * ({@code dashboard.figure.<name>}).
 */
public enum FigureForm {

	/** "2": what approved records make in the quarter's one period. */
	APPROVED("2"),
	/** "0+7": approved, then pending records shown apart. */
	WITH_PENDING("0+7"),
	/** "1/3": periods met out of the periods judged in the quarter (months, weeks…). */
	PERIODS("1/3"),
	/** "54.2%": a unit's completion rate, or a level's average. */
	PERCENT("54.2%"),
	/** "—": no percentage yet, nothing decided. */
	NO_PERCENT("—"),
	/** "补录至12-10": a period over but still inside its grace days. */
	GRACE("12-10"),
	/** An empty cell: nothing falls due this quarter, not applicable, or exempt. */
	BLANK("");

	private final String example;

	FigureForm(String example) {
		this.example = example;
	}

	public String example() {
		return this.example;
	}

	public String messageKey() {
		return "dashboard.figure." + name();
	}

	/** The form of a cell's figure. */
	public static FigureForm of(String figure) {
		if (figure == null || figure.isEmpty()) {
			return BLANK;
		}
		if (figure.contains("/")) {
			return PERIODS;
		}
		return figure.contains("+") ? WITH_PENDING : APPROVED;
	}

}
