package com.tasktable.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.Period;

/** When the demo's activities happen in a period and when their records are logged. */
final class DemoTiming {

	private DemoTiming() {
	}

	/** A day of the period, each as likely. */
	static LocalDate randomDay(Random random, Period period) {
		long days = ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
		return period.start().plusDays(random.nextLong(days));
	}

	/**
	 * Logged within days of the activity (daily updates the same or the next day); one
	 * record in twenty of the other rows weeks later. Late: after the period's grace
	 * days, before it closes.
	 */
	static Instant loggedAt(Random random, CampaignView campaign, ObligationView obligation, LocalDate day,
			boolean late) {
		LocalDate logged;
		if (late) {
			var end = obligation.terms().cycle().periodContaining(day).end();
			int lateAfter = campaign.lateAfterDays();
			int window = Math.max(1, campaign.lockAfterDays() - lateAfter - 1);
			logged = end.plusDays(lateAfter + 1 + random.nextInt(window));
		}
		else if (obligation.terms().kind() == ObligationKind.DAILY_ACTIVITY) {
			logged = day.plusDays((random.nextDouble() < 0.85) ? 0 : 1);
		}
		else {
			logged = day.plusDays((random.nextDouble() < 0.05) ? 15 + random.nextInt(10) : random.nextInt(4));
		}
		return logged.atTime(LocalTime.of(9 + random.nextInt(9), random.nextInt(60)))
			.atZone(campaign.timeZone())
			.toInstant();
	}

}
