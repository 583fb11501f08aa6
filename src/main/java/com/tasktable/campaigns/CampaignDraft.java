package com.tasktable.campaigns;

import java.time.LocalDate;

/**
 * A campaign as an administrator enters it.
 *
 * @param code stable code, lower-case letters, digits and hyphens
 * @param name Chinese name
 * @param nameEn English name, may be blank
 * @param rootUnitCode the unit running it, inside the administrator's scope
 * @param startDate first day
 * @param endDate last day
 * @param timeZone zone in which activity dates are read, e.g. {@code Asia/Shanghai}
 * @param lateAfterDays days after a period's end before a record counts as late
 * @param lockAfterDays days after a period's end before it closes
 * @param bulletinNumberPattern the published bulletins' number, with {@code {seq}} and
 * optionally {@code {year}}
 */
public record CampaignDraft(String code, String name, String nameEn, String rootUnitCode, LocalDate startDate,
		LocalDate endDate, String timeZone, Integer lateAfterDays, Integer lockAfterDays,
		String bulletinNumberPattern) {
}
