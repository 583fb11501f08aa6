package com.tasktable.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The published bulletins (通报) of a campaign whose period ends on or after a day: the
 * documents a change to history from that day could contradict.
 */
public interface PublishedResults {

	List<Published> covering(Long campaignId, LocalDate from);

	/**
	 * One published bulletin.
	 *
	 * @param id its id
	 * @param number its document number
	 * @param period the period's label as printed
	 * @param start the period's first day
	 * @param end the period's last day
	 */
	record Published(Long id, String number, String period, LocalDate start, LocalDate end) {

	}

}
