package com.tasktable.home;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tasktable.compliance.Status;
import com.tasktable.dashboards.DueNow;
import com.tasktable.review.ReturnedRecord;

/**
 * One obligation on the reporter's home page, as a card: the engine's judgement of the
 * current period and how many of its records came back for correction.
 *
 * @param item the obligation in the period holding today
 * @param returned its records returned for correction
 */
record ObligationCard(DueNow item, long returned) {

	/**
	 * Behind or missed first, then what is due soonest, then what has returned records.
	 */
	static final Comparator<ObligationCard> MOST_URGENT_FIRST = Comparator.comparingInt(ObligationCard::urgency)
		.thenComparingLong(c -> c.item().daysLeft())
		.thenComparing(c -> c.item().obligation().code());

	/** The cards of a unit's obligations, most urgent first. */
	static List<ObligationCard> of(List<DueNow> due, List<ReturnedRecord> returned) {
		Map<String, Long> returnedByCode = returned.stream()
			.collect(Collectors.groupingBy(ReturnedRecord::obligationCode, Collectors.counting()));
		return due.stream()
			.map(d -> new ObligationCard(d, returnedByCode.getOrDefault(d.obligation().code(), 0L)))
			.sorted(MOST_URGENT_FIRST)
			.toList();
	}

	/**
	 * 0 behind its pace or missed; 1 still to do in this period (due); 2 records to fix;
	 * 3 the rest (done, awaiting review, not applicable, exempt).
	 */
	int urgency() {
		var status = this.item.evaluation().status();
		if (status == Status.BEHIND || status == Status.MISSED) {
			return 0;
		}
		if (status == Status.DUE) {
			return 1;
		}
		return (this.returned > 0) ? 2 : 3;
	}

	/** Behind or missed: the card is drawn with a red edge. */
	public boolean urgent() {
		return urgency() == 0;
	}

	/** Still open in this period with days to go. */
	public boolean hasDaysLeft() {
		return this.item.daysLeft() >= 0;
	}

}
