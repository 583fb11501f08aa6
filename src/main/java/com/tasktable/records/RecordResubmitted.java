package com.tasktable.records;

import java.time.Instant;

/**
 * A reporter fixed a returned record: it is pending again. Published inside the changing
 * transaction; the review module adds the step to the record's history.
 *
 * @param recordId the record
 * @param recordVersion its version after the fix
 * @param reporterId who fixed it
 * @param at when
 */
public record RecordResubmitted(Long recordId, long recordVersion, Long reporterId, Instant at) {
}
