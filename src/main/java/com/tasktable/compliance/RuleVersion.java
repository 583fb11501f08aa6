package com.tasktable.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * What an obligation asks from {@code validFrom} on, until the next version: the engine's
 * copy of an {@code obligation_version}, holding only what the rules read. Fields a kind
 * does not use are null.
 *
 * @param validFrom first day this version is in force
 * @param kind how the obligation is met
 * @param frequency the period of periodic kinds (and of metric targets, assessments and
 * directives, when set)
 * @param min least number of records per period
 * @param max advisory most per period
 * @param yearlyTarget records expected per year
 * @param deadline a one-time milestone's deadline
 * @param yearlyDeadline a yearly milestone's (or metric target's) deadline
 * @param eventDay a dated event's day, every year
 * @param windowDaysBefore days before the event day that count
 * @param windowDaysAfter days after the event day that count
 * @param metricTarget the value to reach
 * @param categories coverage categories to cover
 */
public record RuleVersion(LocalDate validFrom, ObligationKind kind, Frequency frequency, Integer min, Integer max,
		Integer yearlyTarget, LocalDate deadline, MonthDay yearlyDeadline, MonthDay eventDay, int windowDaysBefore,
		int windowDaysAfter, BigDecimal metricTarget, List<String> categories) {

	public RuleVersion {
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(kind, "kind");
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		if (windowDaysBefore < 0 || windowDaysAfter < 0) {
			throw new IllegalArgumentException("A window cannot be negative");
		}
	}

	/**
	 * The calendar period the obligation is judged by. Yearly targets, milestones and
	 * dated events are judged per year whatever their frequency says; directives without
	 * a frequency per quarter, because they arrive all year and the dashboards are
	 * quarterly; every other kind by its frequency, or per year without one.
	 */
	public Frequency cycle() {
		return switch (this.kind) {
			case COUNT_PER_YEAR, MILESTONE, DATED_EVENT -> Frequency.YEAR;
			case DIRECTIVE -> (this.frequency != null) ? this.frequency : Frequency.QUARTER;
			default -> (this.frequency != null) ? this.frequency : Frequency.YEAR;
		};
	}

	public static RuleVersion countPerPeriod(LocalDate validFrom, Frequency frequency, int min) {
		return rangePerPeriod(validFrom, ObligationKind.COUNT_PER_PERIOD, frequency, min, null);
	}

	public static RuleVersion rangePerPeriod(LocalDate validFrom, Frequency frequency, int min, int max) {
		return rangePerPeriod(validFrom, ObligationKind.RANGE_PER_PERIOD, frequency, min, max);
	}

	private static RuleVersion rangePerPeriod(LocalDate validFrom, ObligationKind kind, Frequency frequency, int min,
			Integer max) {
		return new RuleVersion(validFrom, kind, Objects.requireNonNull(frequency), min, max, null, null, null, null, 0,
				0, null, null);
	}

	public static RuleVersion countPerYear(LocalDate validFrom, int target) {
		return new RuleVersion(validFrom, ObligationKind.COUNT_PER_YEAR, null, null, null, target, null, null, null, 0,
				0, null, null);
	}

	public static RuleVersion dailyActivity(LocalDate validFrom, Frequency frequency) {
		return simple(validFrom, ObligationKind.DAILY_ACTIVITY, Objects.requireNonNull(frequency));
	}

	public static RuleVersion milestone(LocalDate validFrom, LocalDate deadline) {
		return new RuleVersion(validFrom, ObligationKind.MILESTONE, null, null, null, null,
				Objects.requireNonNull(deadline), null, null, 0, 0, null, null);
	}

	public static RuleVersion yearlyMilestone(LocalDate validFrom, MonthDay deadline) {
		return new RuleVersion(validFrom, ObligationKind.MILESTONE, null, null, null, null, null,
				Objects.requireNonNull(deadline), null, 0, 0, null, null);
	}

	public static RuleVersion datedEvent(LocalDate validFrom, MonthDay day, int daysBefore, int daysAfter) {
		return new RuleVersion(validFrom, ObligationKind.DATED_EVENT, null, null, null, null, null, null,
				Objects.requireNonNull(day), daysBefore, daysAfter, null, null);
	}

	public static RuleVersion metricTarget(LocalDate validFrom, Frequency frequency, BigDecimal target) {
		return new RuleVersion(validFrom, ObligationKind.METRIC_TARGET, frequency, null, null, null, null, null, null,
				0, 0, Objects.requireNonNull(target), null);
	}

	public static RuleVersion coverage(LocalDate validFrom, Frequency frequency, List<String> categories) {
		return new RuleVersion(validFrom, ObligationKind.COVERAGE, Objects.requireNonNull(frequency), null, null, null,
				null, null, null, 0, 0, null, categories);
	}

	public static RuleVersion directive(LocalDate validFrom, Frequency frequency) {
		return simple(validFrom, ObligationKind.DIRECTIVE, frequency);
	}

	public static RuleVersion assessment(LocalDate validFrom) {
		return simple(validFrom, ObligationKind.ASSESSMENT, Frequency.YEAR);
	}

	private static RuleVersion simple(LocalDate validFrom, ObligationKind kind, Frequency frequency) {
		return new RuleVersion(validFrom, kind, frequency, null, null, null, null, null, null, 0, 0, null, null);
	}

}
