package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The kinds judged by a day rather than a count: milestones and dated events. */
final class DeadlineRules {

	private DeadlineRules() {
	}

	/**
	 * MILESTONE: one approved record is enough. Dated by the deadline and logged in time,
	 * it is MET; dated after the deadline (or logged late), MET_LATE; none once the
	 * deadline and its grace days have passed, MISSED. A pending record in time:
	 * AWAITING_REVIEW.
	 */
	static Judgement milestone(Case c) {
		var approved = c.approved();
		var status = Judgement.verdict(c, approved.stream().anyMatch(c::inTime), !approved.isEmpty(),
				!c.pendingInTime().isEmpty(), false);
		return new Judgement(status, approved.size(), c.pending().size(), 1,
				new Progress.Milestone(c.due(), firstDay(approved)));
	}

	/**
	 * DATED_EVENT: an approved activity inside the window around the day, logged within
	 * the grace days after the window's end. Activities outside the window never count.
	 */
	static Judgement event(Case c, ObligationRules rules) {
		var approved = c.approved();
		var status = Judgement.verdict(c, approved.stream().anyMatch(c::inTime), !approved.isEmpty(),
				!c.pendingInTime().isEmpty(), false);
		var day = Occasion.eventDay(rules, c.version(), c.period().start().getYear());
		return new Judgement(status, approved.size(), c.pending().size(), 1,
				new Progress.Event(day, c.occasion().window(), firstDay(approved)));
	}

	private static LocalDate firstDay(List<RecordFact> records) {
		return records.stream().map(RecordFact::activityDate).min(Comparator.naturalOrder()).orElse(null);
	}

}
