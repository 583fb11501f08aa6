package com.tasktable.compliance;

/**
 * A kind's verdict on one occasion, before applicability and exemptions are applied.
 *
 * @param status the outcome as if the period applied
 * @param approved what the approved records make, in the kind's {@link FigureUnit}
 * @param pending what the pending records add, in the same unit
 * @param required what the period asks, in the same unit
 * @param progress the kind's figures
 */
record Judgement(Status status, int approved, int pending, int required, Progress progress) {

	/**
	 * The order every kind follows: done in time is MET; done at all is MET_LATE (a late
	 * record or a late date never reads as plain green); met in time once the pending
	 * records logged in time are approved is AWAITING_REVIEW (the unit has done its
	 * part); not done once the grace days after the due day have passed is MISSED;
	 * otherwise BEHIND when below a pace, else DUE (also inside the grace days).
	 */
	static Status verdict(Case c, boolean doneInTime, boolean done, boolean metWithPending, boolean behind) {
		if (doneInTime) {
			return Status.MET;
		}
		if (done) {
			return Status.MET_LATE;
		}
		if (metWithPending) {
			return Status.AWAITING_REVIEW;
		}
		if (c.graceOver()) {
			return Status.MISSED;
		}
		return (behind && !c.over()) ? Status.BEHIND : Status.DUE;
	}

}
