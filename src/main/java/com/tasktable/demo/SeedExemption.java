package com.tasktable.demo;

import java.time.Instant;

import com.tasktable.compliance.Period;

/**
 * A demo exemption, written in bulk by {@link DemoSeeder}.
 *
 * @param unitId the exempted unit
 * @param obligationId the obligation
 * @param period the exempted period
 * @param reason why
 * @param grantedBy user id of the reviewer
 * @param grantedAt when
 */
record SeedExemption(Long unitId, Long obligationId, Period period, String reason, Long grantedBy, Instant grantedAt) {
}
