package com.tasktable.records;

import java.time.LocalDate;

import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.ComplianceSettings;
import com.tasktable.compliance.Evaluation;
import com.tasktable.compliance.Facts;
import com.tasktable.compliance.ObligationRules;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.UnitObligation;
import com.tasktable.compliance.UnitTerms;

/**
 * When a record is late and when its period is closed. Two different things that users of
 * other systems confuse:
 * <ul>
 * <li><b>late</b>: the record was logged more than {@code lateAfterDays} after its period
 * ended. It still counts, and late is computed from the dates every time, never
 * stored;</li>
 * <li><b>locked</b>: the period ended more than {@code lockAfterDays} ago, so no record
 * may be added to it or changed in it any more, unless a reviewer reopened it for the
 * unit.</li>
 * </ul>
 * Plain Java: dates in, answers out.
 */
public final class RecordTimeRules {

	private static final ComplianceEngine ENGINE = new ComplianceEngine(ComplianceSettings.DEFAULTS);

	private RecordTimeRules() {
	}

	/**
	 * The period a record counts for: the one of the obligation's cycle that contains the
	 * activity date.
	 */
	public static Period periodOf(ObligationTerms terms, LocalDate activityDate) {
		return terms.cycle().periodContaining(activityDate);
	}

	/**
	 * The last day a record of {@code activityDate} is on time, as the compliance engine
	 * sees it: the end of its period, a milestone's deadline, or a dated event's last
	 * window day. Late and closed count from this day, so a record's badge and the
	 * dashboard never disagree.
	 */
	public static LocalDate dueOf(ObligationRules rules, ObligationTerms terms, LocalDate activityDate) {
		var subject = new UnitObligation(rules, UnitTerms.ALWAYS, Facts.NONE);
		return ENGINE.evaluateOn(subject, activityDate, activityDate)
			.map(Evaluation::due)
			.orElseGet(() -> periodOf(terms, activityDate).end());
	}

	/** Logged more than {@code lateAfterDays} days after the day it was due. */
	public static boolean isLate(LocalDate due, LocalDate loggedOn, int lateAfterDays) {
		return loggedOn.isAfter(due.plusDays(lateAfterDays));
	}

	/** Closed: today is more than {@code lockAfterDays} days after the day it was due. */
	public static boolean isLocked(LocalDate due, LocalDate today, int lockAfterDays) {
		return today.isAfter(due.plusDays(lockAfterDays));
	}

	/** Logged more than {@code lateAfterDays} days after the period's last day. */
	public static boolean isLate(Period period, LocalDate loggedOn, int lateAfterDays) {
		return loggedOn.isAfter(period.end().plusDays(lateAfterDays));
	}

	/** The last day on which records of the period can still be added or changed. */
	public static LocalDate lastOpenDay(Period period, int lockAfterDays) {
		return period.end().plusDays(lockAfterDays);
	}

	/**
	 * Closed: today is more than {@code lockAfterDays} days after the period's last day.
	 */
	public static boolean isLocked(Period period, LocalDate today, int lockAfterDays) {
		return today.isAfter(lastOpenDay(period, lockAfterDays));
	}

}
