/**
 * The compliance rules in plain Java: calendar periods ({@link Frequency},
 * {@link Period}) and the engine that decides where a unit stands on an obligation in a
 * period ({@link ComplianceEngine}), with quarter cells and compliance percentages.
 * Nothing here reads a clock, a database or Spring, and nothing depends on another
 * module: callers map their data to the engine's own records and pass dates in, which
 * keeps the rules testable to the day. The rules are explained in
 * docs/compliance-rules.md.
 */
package com.tasktable.compliance;
