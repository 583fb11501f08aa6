/**
 * Published bulletins (通报): a reviewer issues a month's or a year's ranking bulletin,
 * which gets a document number from the campaign's pattern, the issuing unit and the
 * date, and is stored as issued (the page's texts and figures, the PDF and the workbook,
 * with their SHA-256) in PostgreSQL. Afterwards it is served from what was stored, byte
 * for byte; today's computation of the same period is only compared with it. Nothing here
 * changes or deletes a published bulletin (a trigger refuses it); a correction is a new
 * bulletin that names the one it corrects.
 * {@link com.tasktable.bulletins.PublishedBulletins} is the facade other modules ask
 * which bulletins a change would contradict.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scoring", "campaigns", "units", "users",
		"records", "review", "audit", "compliance", "platform" })
package com.tasktable.bulletins;
