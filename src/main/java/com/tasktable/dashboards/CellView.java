package com.tasktable.dashboards;

import java.time.LocalDate;

import com.tasktable.compliance.Evaluation;
import com.tasktable.compliance.FigureUnit;
import com.tasktable.compliance.QuarterCell;
import com.tasktable.compliance.Status;

/**
 * A matrix cell as the page shows it: its colour, a short figure, and the activity dates
 * whose approved records make that figure (the list behind the cell).
 *
 * @param status the cell's status
 * @param figure "2/3" for several periods in the quarter, "1" or "1+1" (approved +
 * pending) for one
 * @param approved approved records counted
 * @param pending pending records shown apart
 * @param from first activity date behind the cell, null when nothing is judged
 * @param to last activity date behind the cell
 * @param unit what approved, pending and the figure count (records, days, categories…),
 * null when nothing is judged or mixed
 * @param lateEntriesUntil the last grace day of a period of the cell that is over but
 * still inside its grace days (shown as "补录期至 12-10"), else null
 */
public record CellView(Status status, String figure, int approved, int pending, LocalDate from, LocalDate to,
		FigureUnit unit, LocalDate lateEntriesUntil) {

	public static CellView of(QuarterCell cell) {
		var evaluations = cell.evaluations();
		LocalDate from = null;
		LocalDate to = null;
		for (Evaluation e : evaluations) {
			from = (from == null || e.window().from().isBefore(from)) ? e.window().from() : from;
			to = (to == null || e.window().to().isAfter(to)) ? e.window().to() : to;
		}
		String figure;
		if (cell.status() == Status.NOT_APPLICABLE || cell.status() == Status.EXEMPT) {
			figure = "";
		}
		else if (evaluations.size() > 1) {
			figure = cell.done() + "/" + cell.applicable();
		}
		else {
			figure = (cell.pending() > 0) ? cell.approved() + "+" + cell.pending() : Integer.toString(cell.approved());
		}
		var status = (evaluations.isEmpty()) ? Status.NOT_APPLICABLE : cell.status();
		return new CellView(status, evaluations.isEmpty() ? "" : figure, cell.approved(), cell.pending(), from, to,
				cell.unit(), cell.lateEntriesUntil());
	}

	/**
	 * Blank when nothing falls due in the quarter (a yearly item before Q4); otherwise
	 * the status's colour.
	 */
	public String cssClass() {
		if (this.from == null && this.status == Status.NOT_APPLICABLE && this.figure.isEmpty() && this.approved == 0) {
			return "cell-none";
		}
		return statusClass(this.status);
	}

	/** Nothing falls due in the quarter: no colour, no glyph. */
	public boolean blank() {
		return "cell-none".equals(cssClass());
	}

	/** The colour of a status on the pages: {@code cell-met-late} for MET_LATE. */
	public static String statusClass(Status status) {
		return StatusGlyph.of(status).cssClass();
	}

	/** The status's glyph, its name's message key and its colour class. */
	public StatusGlyph glyph() {
		return StatusGlyph.of(this.status);
	}

	/** Which form the figure takes, as the legend explains it. */
	public FigureForm figureForm() {
		return FigureForm.of(this.figure);
	}

	/**
	 * Whether the cell opens the cell page: something falls due in it and it is judged
	 * (or records were logged in it). A not-applicable cell is plain text.
	 */
	public boolean opens() {
		return this.from != null && (this.status != Status.NOT_APPLICABLE || this.approved + this.pending > 0);
	}

}
