/**
 * Directives (row 6 of the task table: "forward what is asked, answer what must be
 * answered"): a reviewer asks chosen units below their own to do something by a deadline;
 * each unit marks its assignment done with a response or a link. The module owns the
 * {@code directive} and {@code directive_assignment} tables. Whether an assignment is
 * open, done on time, done late or overdue is computed from dates
 * ({@code DirectiveDeadline}), never stored.
 * <p>
 * The allowed dependencies are declared so that the module stays a leaf that only the
 * home page and the dashboards read; {@code compliance} is there for
 * {@code ObligationKind.DIRECTIVE}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "units", "users", "campaigns", "audit", "platform", "compliance" })
package com.tasktable.directives;
