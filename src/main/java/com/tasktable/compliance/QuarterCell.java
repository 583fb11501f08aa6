package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One unit and one obligation in one quarter: the matrix cell. A monthly obligation's
 * cell reads "2/3 months" ({@code done}/{@code applicable} with the periods' frequency).
 *
 * @param quarter the quarter
 * @param evaluations the evaluations that belong to the quarter (due in it), in order
 * @param ongoing periods that run through the quarter but are judged in a later one (a
 * yearly target seen in its first quarters): shown for information, never counted here
 * @param status the cell's colour ({@link #statusOf})
 * @param done evaluations met, on time or late
 * @param doneLate of those, met late
 * @param applicable evaluations judged (not NOT_APPLICABLE, not EXEMPT)
 * @param approved what approved records make over the evaluations, in {@link #unit()}
 * @param pending what pending records add over the evaluations, in the same unit
 * @param required what the applicable evaluations ask, added up, in the same unit
 */
public record QuarterCell(Period quarter, List<Evaluation> evaluations, List<Evaluation> ongoing, Status status,
		int done, int doneLate, int applicable, int approved, int pending, int required) {

	/** Worst first: the order in which a cell's status is picked. */
	private static final List<Status> WORST_FIRST = List.of(Status.MISSED, Status.BEHIND, Status.DUE,
			Status.AWAITING_REVIEW, Status.MET_LATE, Status.MET);

	public QuarterCell {
		evaluations = List.copyOf(evaluations);
		ongoing = List.copyOf(ongoing);
	}

	static QuarterCell of(Period quarter, List<Evaluation> evaluations, List<Evaluation> ongoing) {
		int done = 0;
		int doneLate = 0;
		int applicable = 0;
		int approved = 0;
		int pending = 0;
		int required = 0;
		for (var evaluation : evaluations) {
			approved += evaluation.approved();
			pending += evaluation.pending();
			if (evaluation.status().isApplicable()) {
				applicable++;
				required += evaluation.required();
			}
			if (evaluation.status().isDone()) {
				done++;
			}
			if (evaluation.status() == Status.MET_LATE) {
				doneLate++;
			}
		}
		return new QuarterCell(quarter, evaluations, ongoing, statusOf(evaluations), done, doneLate, applicable,
				approved, pending, required);
	}

	/**
	 * Worst wins among the judged evaluations: MISSED, then BEHIND, then DUE (the quarter
	 * is not finished, or a period is inside its grace days), then AWAITING_REVIEW (the
	 * unit has done its part, a reviewer has not yet: better than not done, not decided
	 * like a late month), then MET_LATE (one late month keeps the cell from plain green),
	 * then MET. With none judged: EXEMPT if any was exempted, else NOT_APPLICABLE (which
	 * also covers "nothing due in this quarter").
	 */
	static Status statusOf(List<Evaluation> evaluations) {
		for (var status : WORST_FIRST) {
			if (evaluations.stream().anyMatch(e -> e.status() == status)) {
				return status;
			}
		}
		return evaluations.stream().anyMatch(e -> e.status() == Status.EXEMPT) ? Status.EXEMPT : Status.NOT_APPLICABLE;
	}

	/**
	 * What {@code approved}, {@code pending} and {@code required} count: the unit of the
	 * evaluations' kind, or null when none or mixed (a version change to another kind).
	 */
	public FigureUnit unit() {
		var units = this.evaluations.stream().map(Evaluation::unit).distinct().toList();
		return (units.size() == 1) ? units.get(0) : null;
	}

	/**
	 * The last grace day of the cell's periods still inside their grace days (records
	 * dated in them logged until then are on time), or null when none is.
	 */
	public LocalDate lateEntriesUntil() {
		return this.evaluations.stream()
			.map(Evaluation::lateEntriesUntil)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * The frequency of the evaluations' periods ("months"), or null when mixed or none.
	 */
	public Frequency frequency() {
		var frequencies = this.evaluations.stream().map(e -> e.period().frequency()).distinct().toList();
		return (frequencies.size() == 1) ? frequencies.get(0) : null;
	}

}
