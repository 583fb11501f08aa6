package com.tasktable.review;

import java.time.LocalDate;

/**
 * What a reviewer narrows the queue to; every field may be null.
 *
 * @param unitCode one unit below the reviewer's
 * @param obligationCode one obligation code (e.g. 1.C.1)
 * @param from activity dates from
 * @param to activity dates to
 * @param minDays waiting at least this many days
 */
public record QueueFilter(String unitCode, String obligationCode, LocalDate from, LocalDate to, Integer minDays) {

	public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null);

}
