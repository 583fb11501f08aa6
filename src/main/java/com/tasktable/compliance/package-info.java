/**
 * The compliance rules in plain Java: calendar periods and, later, the status of an
 * obligation for a unit in a period. Nothing here reads a clock, a database or Spring:
 * callers pass dates in, which keeps the rules testable to the day.
 */
package com.tasktable.compliance;
