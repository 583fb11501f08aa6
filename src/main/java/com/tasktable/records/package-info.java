/**
 * Activity records: what a unit did for an obligation, on which date, with which evidence
 * attached, and where the record stands in review. The activity date, not the logging
 * time, decides the period a record counts for. The module owns the
 * {@code activity_record}, {@code evidence} (the attachment rows; the files themselves
 * are the evidence module's) and {@code form_submission} tables.
 * <p>
 * Review (decisions, unlocks, exemptions, ratings, the queue) is the review module's,
 * which depends on this one: what records need from it is declared here as interfaces
 * ({@code RecordReviews}, {@code ReopenedDays}) and an event ({@code RecordResubmitted}).
 */
package com.tasktable.records;
