package com.tasktable.directives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline is the end of the deadline day in the campaign's time zone: on time up to
 * the last instant of that day, late from its first instant after.
 */
class DirectiveDeadlineTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 30 June 2026 ends in Shanghai (UTC+8) at 16:00 UTC. */
	private static final DirectiveDeadline JUNE_30 = new DirectiveDeadline(LocalDate.of(2026, 6, 30), SHANGHAI);

	private static final Instant LAST_ON_TIME = Instant.parse("2026-06-30T15:59:59.999999999Z");

	private static final Instant FIRST_LATE = Instant.parse("2026-06-30T16:00:00Z");

	@Test
	void theFirstLateInstantIsMidnightAfterTheDeadlineDayInTheCampaignsZone() {
		assertThat(JUNE_30.lateFrom()).isEqualTo(FIRST_LATE);
	}

	@Test
	void doneUpToTheLastInstantOfTheDeadlineDayIsOnTime() {
		var later = at("2026-08-01T00:00:00Z");
		assertThat(JUNE_30.status(Instant.parse("2026-06-01T00:00:00Z"), later))
			.isEqualTo(DirectiveStatus.DONE_ON_TIME);
		assertThat(JUNE_30.status(LAST_ON_TIME, later)).isEqualTo(DirectiveStatus.DONE_ON_TIME);
	}

	@Test
	void doneFromMidnightOnIsLate() {
		var later = at("2026-08-01T00:00:00Z");
		assertThat(JUNE_30.status(FIRST_LATE, later)).isEqualTo(DirectiveStatus.DONE_LATE);
		assertThat(JUNE_30.status(Instant.parse("2026-07-15T03:00:00Z"), later)).isEqualTo(DirectiveStatus.DONE_LATE);
	}

	@Test
	void notDoneIsOpenUntilTheDeadlineDayEndsAndOverdueFromThen() {
		assertThat(JUNE_30.status(null, Clock.fixed(LAST_ON_TIME, ZoneOffset.UTC))).isEqualTo(DirectiveStatus.OPEN);
		assertThat(JUNE_30.status(null, Clock.fixed(FIRST_LATE, ZoneOffset.UTC))).isEqualTo(DirectiveStatus.OVERDUE);
	}

	@Test
	void aDoneAssignmentStaysAsItWasDoneWhateverTheClockSays() {
		var before = at("2026-06-30T10:00:00Z");
		assertThat(JUNE_30.status(Instant.parse("2026-06-30T09:00:00Z"), before))
			.isEqualTo(DirectiveStatus.DONE_ON_TIME);
		assertThat(JUNE_30.status(LAST_ON_TIME, at("2030-01-01T00:00:00Z"))).isEqualTo(DirectiveStatus.DONE_ON_TIME);
	}

	@Test
	void theZoneDecidesWhenTheDayEnds() {
		var eveningInUtc = at("2026-06-30T20:00:00Z");
		assertThat(new DirectiveDeadline(LocalDate.of(2026, 6, 30), ZoneOffset.UTC).status(null, eveningInUtc))
			.isEqualTo(DirectiveStatus.OPEN);
		assertThat(JUNE_30.status(null, eveningInUtc)).isEqualTo(DirectiveStatus.OVERDUE);
	}

	@Test
	void aDayShortenedByDaylightSavingEndsAtLocalMidnight() {
		var berlin = new DirectiveDeadline(LocalDate.of(2026, 3, 29), ZoneId.of("Europe/Berlin"));
		assertThat(berlin.lateFrom()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
	}

	@Test
	void aNewDeadlineMayBeTodayInTheCampaignsZoneButNotYesterday() {
		// 23:59 on 30 June in Shanghai: 30 June is still today there
		assertThat(JUNE_30.isNotPast(at("2026-06-30T15:59:00Z"))).isTrue();
		// 00:00 on 1 July in Shanghai, still 30 June in UTC: 30 June is yesterday there
		assertThat(JUNE_30.isNotPast(at("2026-06-30T16:00:00Z"))).isFalse();
		assertThat(JUNE_30.isNotPast(at("2026-06-01T00:00:00Z"))).isTrue();
	}

	private static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
	}

}
