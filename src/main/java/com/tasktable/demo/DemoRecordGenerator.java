package com.tasktable.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Period;
import com.tasktable.records.RecordState;
import com.tasktable.units.UnitView;

/**
 * Plausible records for one campaign: each unit has its own diligence, most periods are
 * met, some are missed, a few records are late, recent ones wait for review and some were
 * returned. Seeded, so every start makes the same data.
 */
class DemoRecordGenerator {

	private static final String[] OUTLETS = { "市政府新闻办", "市电视台", "市日报", "微信公众号", "政务微博", "门户网站" };

	private final CampaignView campaign;

	private final LocalDate today;

	private final Instant now;

	private final Random random;

	private final List<SeedRecord> out = new ArrayList<>();

	DemoRecordGenerator(CampaignView campaign, LocalDate today, Instant now, long seed) {
		this.campaign = campaign;
		this.today = today;
		this.now = now;
		this.random = new Random(seed);
	}

	List<SeedRecord> generate(List<ObligationView> obligations, List<UnitView> units, Map<Long, Long> reporterByUnit) {
		var until = this.today.isBefore(this.campaign.endDate()) ? this.today : this.campaign.endDate();
		for (var unit : units) {
			var author = reporterByUnit.get(unit.id());
			if (author == null) {
				continue;
			}
			double diligence = 0.55 + 0.4 * this.random.nextDouble();
			for (var obligation : obligations) {
				if (obligation.level() == unit.level()) {
					var from = obligation.startFor(unit.code());
					from = from.isBefore(this.campaign.startDate()) ? this.campaign.startDate() : from;
					new UnitObligation(unit, obligation, author, diligence, from, until).generate();
				}
			}
		}
		return this.out;
	}

	private final class UnitObligation {

		private final UnitView unit;

		private final ObligationView obligation;

		private final Long author;

		private final double diligence;

		private final LocalDate from;

		private final LocalDate until;

		UnitObligation(UnitView unit, ObligationView obligation, Long author, double diligence, LocalDate from,
				LocalDate until) {
			this.unit = unit;
			this.obligation = obligation;
			this.author = author;
			this.diligence = diligence;
			this.from = from;
			this.until = until;
		}

		void generate() {
			var terms = this.obligation.terms();
			if (!terms.kind().isLoggedByUnits()) {
				return;
			}
			switch (terms.kind()) {
				case COUNT_PER_PERIOD, RANGE_PER_PERIOD -> eachPeriod(p -> {
					int max = (terms.maxCount() != null) ? terms.maxCount() : terms.minCount() + 1;
					return terms.minCount() + DemoRecordGenerator.this.random.nextInt(max - terms.minCount() + 1);
				});
				case COUNT_PER_YEAR -> eachPeriod(p -> (int) Math
					.round(terms.yearlyTarget() * (0.6 + 0.6 * DemoRecordGenerator.this.random.nextDouble())));
				case DAILY_ACTIVITY -> {
					for (var day = this.from; !day.isAfter(this.until); day = day.plusDays(1)) {
						if (chance(0.6 + 0.4 * this.diligence)) {
							add(day, null);
						}
					}
				}
				case COVERAGE -> eachPeriod(p -> {
					for (var category : terms.coverageCategories()) {
						if (chance(this.diligence)) {
							add(randomDay(p), category);
						}
					}
					return 0;
				});
				case DATED_EVENT -> {
					for (int year = this.from.getYear(); year <= this.until.getYear(); year++) {
						var day = this.obligation.eventDates()
							.getOrDefault(year, LocalDate.of(year, terms.eventMonth(), terms.eventDay()))
							.plusDays(DemoRecordGenerator.this.random.nextInt(7) - 3);
						if (!day.isBefore(this.from) && !day.isAfter(this.until) && chance(this.diligence)) {
							add(day, null);
						}
					}
				}
				case MILESTONE -> {
					var deadline = (terms.deadline() != null) ? terms.deadline() : this.until;
					var day = deadline.minusDays(DemoRecordGenerator.this.random.nextInt(60));
					if (!day.isAfter(this.until) && !day.isBefore(this.from) && chance(0.9)) {
						add(day, null);
					}
				}
				default -> {
					// metric readings are not generated
				}
			}
		}

		/**
		 * Per period of the obligation's cycle: met with the unit's diligence,
		 * {@code count} records inside it.
		 */
		private void eachPeriod(ToIntFunction<Period> count) {
			var cycle = this.obligation.terms().cycle();
			for (var period = cycle.periodContaining(this.from); !period.start().isAfter(this.until); period = period
				.next()) {
				if (period.start().isBefore(this.from)) {
					continue;
				}
				if (chance(this.diligence)) {
					int n = count.applyAsInt(period);
					for (int i = 0; i < n; i++) {
						var day = randomDay(period);
						if (!day.isAfter(this.until)) {
							add(day, null);
						}
					}
				}
			}
		}

		private LocalDate randomDay(Period period) {
			var end = period.end().isAfter(this.until) ? this.until : period.end();
			long days = ChronoUnit.DAYS.between(period.start(), end) + 1;
			return period.start().plusDays(DemoRecordGenerator.this.random.nextLong(Math.max(days, 1)));
		}

		private void add(LocalDate day, String category) {
			var terms = this.obligation.terms();
			var title = "%s%s（%s）".formatted(this.unit.name(), terms.title(), day);
			var outlet = OUTLETS[DemoRecordGenerator.this.random.nextInt(OUTLETS.length)];
			DemoRecordGenerator.this.out.add(new SeedRecord(this.obligation.id(), this.unit.id(), day, title, outlet,
					category, state(day), this.author, loggedAt(day)));
		}

		private RecordState state(LocalDate day) {
			double roll = DemoRecordGenerator.this.random.nextDouble();
			boolean recent = day.isAfter(DemoRecordGenerator.this.today.minusDays(30));
			if (recent) {
				return (roll < 0.6) ? RecordState.PENDING : (roll < 0.95) ? RecordState.APPROVED : RecordState.RETURNED;
			}
			return (roll < 0.93) ? RecordState.APPROVED : RecordState.RETURNED;
		}

		/**
		 * Usually logged within days; one in twenty weeks later (late). Never in the
		 * future.
		 */
		private Instant loggedAt(LocalDate day) {
			var random = DemoRecordGenerator.this.random;
			int delay = (random.nextDouble() < 0.05) ? 15 + random.nextInt(10) : random.nextInt(4);
			ZoneId zone = DemoRecordGenerator.this.campaign.timeZone();
			var at = day.plusDays(delay)
				.atTime(LocalTime.of(9 + random.nextInt(9), random.nextInt(60)))
				.atZone(zone)
				.toInstant();
			return at.isAfter(DemoRecordGenerator.this.now) ? DemoRecordGenerator.this.now : at;
		}

		private boolean chance(double p) {
			return DemoRecordGenerator.this.random.nextDouble() < p;
		}

	}

}
