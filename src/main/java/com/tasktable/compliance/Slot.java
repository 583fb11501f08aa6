package com.tasktable.compliance;

/**
 * One period of an obligation's own sequence of periods.
 *
 * @param period the calendar period
 * @param version the version in force on the period's first day (for a partial period,
 * the one in force on its first day in force)
 * @param whole the version was in force on the period's first day; false for the partial
 * period where the obligation or a version with another cycle starts
 */
record Slot(Period period, RuleVersion version, boolean whole) {
}
