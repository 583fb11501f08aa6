package com.tasktable.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import com.tasktable.platform.BadParameterException;

/**
 * A campaign as other modules see it.
 *
 * @param id database id
 * @param code stable code, e.g. {@code guangxi-2018-2020}
 * @param name Chinese name
 * @param nameEn English name, may be null
 * @param rootUnitCode the unit the campaign is run by; it applies to that unit and the
 * units below
 * @param startDate first day
 * @param endDate last day
 * @param timeZone the zone in which dates of activities are read
 * @param lateAfterDays a record logged more than this many days after its period ended is
 * late
 * @param lockAfterDays a period closes for new records this many days after it ended
 * @param bulletinNumberPattern the published bulletins' document number, e.g.
 * {@code 桂环宣〔{year}〕{seq}号}
 */
public record CampaignView(Long id, String code, String name, String nameEn, String rootUnitCode, LocalDate startDate,
		LocalDate endDate, ZoneId timeZone, int lateAfterDays, int lockAfterDays, String bulletinNumberPattern) {

	public String displayName(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.nameEn != null) ? this.nameEn : this.name;
	}

	/**
	 * Today's date where the campaign runs: activity dates and periods are read in this
	 * zone.
	 */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(this.timeZone));
	}

	/** The nearest day inside the campaign: the day itself, or its first or last day. */
	public LocalDate clamp(LocalDate day) {
		return day.isBefore(this.startDate) ? this.startDate : day.isAfter(this.endDate) ? this.endDate : day;
	}

	/**
	 * The year asked for, when the campaign has days in it; otherwise a 400 that names
	 * the parameter and the campaign's years (a screen or the API never answers for
	 * another year than the one asked).
	 */
	public int requireYear(String parameter, int year) {
		if (year < this.startDate.getYear() || year > this.endDate.getYear()) {
			throw new BadParameterException(parameter, "error.parameter.yearOutsideCampaign", String.valueOf(year),
					this.name, String.valueOf(this.startDate.getYear()), String.valueOf(this.endDate.getYear()),
					displayName(Locale.ENGLISH));
		}
		return year;
	}

	public boolean isRunningOn(LocalDate day) {
		return !day.isBefore(this.startDate) && !day.isAfter(this.endDate);
	}

}
