/**
 * Review: a reviewer's queue of the pending records of the units directly below their own
 * (oldest first, with filters and a count in the navigation), approving one or many
 * records, returning one for correction with a reason, reopening closed days (unlocks),
 * exemptions and the yearly ratings of row 4. It owns the {@code record_decision},
 * {@code period_unlock}, {@code exemption} and {@code rating} tables, and
 * {@code RecordFacts}, which reads the records with the exemptions and ratings in one
 * statement for the dashboards and scores.
 * <p>
 * It depends on records and never the other way round: records declare what they need
 * from review ({@code RecordReviews} for a record's page, {@code ReopenedDays} for the
 * lock rule) and announce a fixed returned record ({@code RecordResubmitted}); this
 * module answers and listens. Records change state through {@code RecordsInReview}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "records", "units", "users", "campaigns", "compliance", "audit", "platform" })
package com.tasktable.review;
