/**
 * Review: a reviewer's queue of the pending records of the units directly below their own
 * (oldest first, with filters and a count in the navigation), approving one or many
 * records, returning one for correction with a reason, exemptions and the yearly ratings
 * of row 4. The decisions, exemptions and ratings themselves are the records module's
 * ({@code RecordDecisions}, {@code Exemptions}, {@code Ratings}): they change records and
 * are read with them by the engine's callers in one statement. This module holds the
 * screens.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "records", "units", "users", "campaigns", "compliance", "platform" })
package com.tasktable.review;
