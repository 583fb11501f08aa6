package com.tasktable.dashboards;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Applicability;
import com.tasktable.compliance.Evaluation;
import com.tasktable.compliance.FigureUnit;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.Quarters;
import com.tasktable.compliance.Status;
import com.tasktable.units.UnitView;

/**
 * One matrix cell opened: a unit, an obligation and a quarter, each period in it with
 * what it asked, what was approved and pending, and the status that follows.
 *
 * @param campaign the campaign
 * @param quarter the quarter
 * @param unit the unit
 * @param obligation the obligation (as in force at the quarter's start)
 * @param cell the cell as the matrix shows it
 * @param periods the periods judged in the quarter, in order
 */
public record CellDetail(CampaignView campaign, Period quarter, UnitView unit, ObligationView obligation, CellView cell,
		List<PeriodLine> periods) {

	public int quarterNumber() {
		return Quarters.of(this.quarter);
	}

	/** The first day of the records behind the cell: its window, else the quarter's. */
	public LocalDate from() {
		return (this.cell.from() != null) ? this.cell.from() : this.quarter.start();
	}

	/** The last day of the records behind the cell. */
	public LocalDate to() {
		return (this.cell.to() != null) ? this.cell.to() : this.quarter.end();
	}

	public String obligationName(Locale locale) {
		return this.obligation.displayName(locale);
	}

	/**
	 * One period of the cell.
	 *
	 * @param period the period
	 * @param status its status
	 * @param glyph the status's glyph and colour
	 * @param applicability whether it is judged, and why not
	 * @param unit what the figures count
	 * @param required what it asks
	 * @param approved what approved records make
	 * @param pending what pending records add
	 * @param due its last day on time
	 * @param lateEntriesUntil the last grace day while inside them, else null
	 */
	public record PeriodLine(Period period, Status status, StatusGlyph glyph, Applicability applicability,
			FigureUnit unit, int required, int approved, int pending, LocalDate due, LocalDate lateEntriesUntil) {

		static PeriodLine of(Evaluation e) {
			return new PeriodLine(e.period(), e.status(), StatusGlyph.of(e.status()), e.applicability(), e.unit(),
					e.required(), e.approved(), e.pending(), e.due(), e.lateEntriesUntil());
		}

		/**
		 * The message key of the sentence that says why ({@code cell.why.RECORDS}: "要求 1
		 * 次，已通过 0 次，待审核 1 次 → 待审核"), or of the reason it is not judged.
		 */
		public String whyKey() {
			if (this.applicability != Applicability.APPLIES) {
				return "cell.notJudged." + this.applicability.name();
			}
			return "cell.why." + this.unit.name();
		}

	}

}
