package com.tasktable.bulletins;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A bulletin as issued.
 *
 * @param id database id
 * @param campaignCode the campaign
 * @param number the document number
 * @param issuingUnitCode the issuing unit's code
 * @param issuingUnitName the issuing unit's name
 * @param publishedAt when it was published
 * @param publishedOn the day of publication in the campaign's time zone
 * @param publishedBy who published it (login name)
 * @param corrects the bulletin it corrects, null for an original
 * @param correctedBy the bulletin that corrects it, null if none
 * @param correctionNote why it was corrected, for a correction
 * @param pdfSha256 the PDF's SHA-256, hex
 * @param xlsxSha256 the workbook's SHA-256, hex
 * @param snapshot the page's texts and figures as issued
 */
public record PublishedBulletin(Long id, String campaignCode, String number, String issuingUnitCode,
		String issuingUnitName, Instant publishedAt, LocalDate publishedOn, String publishedBy, Reference corrects,
		Reference correctedBy, String correctionNote, String pdfSha256, String xlsxSha256, BulletinSnapshot snapshot) {

	/**
	 * Another bulletin named by this one.
	 *
	 * @param id its id
	 * @param number its number
	 */
	public record Reference(Long id, String number) {
	}

}
