package com.tasktable.scoring;

import java.time.LocalDate;

/**
 * What makes a bulletin an issued document: its number, the unit that issued it and the
 * day. The live bulletin has none.
 *
 * @param number the document number, e.g. {@code 桂环宣〔2026〕11号}
 * @param issuingUnit the issuing unit's name
 * @param date the day of publication, in the campaign's time zone
 */
public record BulletinIssue(String number, String issuingUnit, LocalDate date) {
}
