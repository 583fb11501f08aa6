package com.tasktable.compliance;

/**
 * A kind's verdict on one occasion, before applicability and exemptions are applied.
 *
 * @param status the outcome as if the period applied
 * @param approved approved records counted
 * @param pending pending records counted
 * @param required what the period asks
 * @param progress the kind's figures
 */
record Judgement(Status status, int approved, int pending, int required, Progress progress) {

	/**
	 * The order every kind follows: done in time is MET; done at all is MET_LATE (a late
	 * record or a late date never reads as plain green); not done once the due day has
	 * passed is MISSED; otherwise BEHIND when below a pace, else DUE.
	 */
	static Status verdict(boolean doneInTime, boolean done, boolean over, boolean behind) {
		if (doneInTime) {
			return Status.MET;
		}
		if (done) {
			return Status.MET_LATE;
		}
		if (over) {
			return Status.MISSED;
		}
		return behind ? Status.BEHIND : Status.DUE;
	}

}
