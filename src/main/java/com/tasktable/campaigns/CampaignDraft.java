package com.tasktable.campaigns;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
public record CampaignDraft(String code,
		@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.tooLong}") String name,
		@Size(max = 300, message = "{admin.error.tooLong}") String nameEn, String rootUnitCode,
		@NotNull(message = "{admin.error.required}") LocalDate startDate,
		@NotNull(message = "{admin.error.required}") LocalDate endDate, String timeZone,
		@NotNull(message = "{admin.error.negative}") @Min(value = 0,
				message = "{admin.error.negative}") Integer lateAfterDays,
		@NotNull(message = "{admin.error.negative}") @Min(value = 0,
				message = "{admin.error.negative}") Integer lockAfterDays,
		String bulletinNumberPattern) {
}
