package com.tasktable.bulletins;

import java.time.LocalDate;

/**
 * A published bulletin, named: what a change to the rules contradicts.
 *
 * @param id database id
 * @param number the document number
 * @param period {@code 2026-11} or {@code 2026}
 * @param periodStart first day covered
 * @param periodEnd last day covered
 * @param issuingUnitCode the issuing unit
 * @param correctedById the bulletin that corrects it, null if none
 */
public record PublishedBulletinRef(Long id, String number, String period, LocalDate periodStart, LocalDate periodEnd,
		String issuingUnitCode, Long correctedById) {
}
