package com.tasktable.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.Period;
import com.tasktable.records.RecordState;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitView;

/**
 * The records of a healthy province for one campaign: every unit does nearly all that is
 * asked, on time; a quarter of the units lag in two or three rows (missed or late
 * periods, a yearly target behind its pace, daily updates on 85–90% of the days); the
 * region's reviewer decides records within days, returns a few, and most returns are
 * fixed and approved. In the campaign that runs today the first unit of each level and
 * the lagging ones keep a recent return open, so every reporter the README names has one
 * to fix, and one city is exempted from the yearly range it may skip "where conditions
 * allow" (13.C.1 in Guangxi). Seeded, so every start makes the same data.
 */
class DemoRecordGenerator {

	private static final String[] OUTLETS = { "市政府新闻办", "市电视台", "市日报", "微信公众号", "政务微博", "门户网站" };

	/** Daily updates skip at most this share of a month's days (so cover 85–100%). */
	private static final double MOST_DAYS_SKIPPED = 0.15;

	private static final String EXEMPTION_REASON = "本市暂无登记的环保社会组织，高校亦未成立环保社团，不具备开展条件（任务表：有条件的地市）。";

	private final CampaignView campaign;

	private final LocalDate today;

	private final LocalDate until;

	private final Instant now;

	private final Random random;

	private final DemoReviews reviews;

	private final Long reviewerId;

	private final List<SeedRecord> out = new ArrayList<>();

	private final List<SeedExemption> exemptions = new ArrayList<>();

	DemoRecordGenerator(CampaignView campaign, LocalDate today, Instant now, long seed, Long reviewerId,
			List<String> returnReasons) {
		this.campaign = campaign;
		this.today = today;
		this.until = today.isBefore(campaign.endDate()) ? today : campaign.endDate();
		this.now = now;
		this.random = new Random(seed);
		this.reviewerId = reviewerId;
		this.reviews = new DemoReviews(this.random, now, reviewerId, returnReasons);
	}

	/**
	 * What the demo holds.
	 *
	 * @param records the records with their review histories
	 * @param exemptions the reviewer's exemptions
	 */
	record Generated(List<SeedRecord> records, List<SeedExemption> exemptions) {
	}

	Generated generate(List<ObligationView> obligations, List<UnitView> units, Map<Long, Long> reporterByUnit) {
		var reporting = units.stream().filter(u -> reporterByUnit.containsKey(u.id())).toList();
		var exempt = exempt(obligations, reporting);
		var lagging = lagging(reporting);
		Set<UnitLevel> firstOfLevel = new HashSet<>();
		boolean running = !this.today.isBefore(this.campaign.startDate())
				&& !this.today.isAfter(this.campaign.endDate());
		for (var unit : reporting) {
			var rows = obligations.stream()
				.filter(o -> o.level() == unit.level() && o.terms().kind().isLoggedByUnits())
				.filter(o -> !(exempt.containsKey(unit.id()) && exempt.get(unit.id()).equals(o.id())))
				.toList();
			var diligence = lagging.contains(unit) ? Diligence.lagging(rows, this.random)
					: Diligence.usual(this.random);
			int first = this.out.size();
			for (var obligation : rows) {
				var from = obligation.startFor(unit.code());
				from = from.isBefore(this.campaign.startDate()) ? this.campaign.startDate() : from;
				new UnitObligation(unit, obligation, reporterByUnit.get(unit.id()), diligence, from).generate();
			}
			boolean showcase = firstOfLevel.add(unit.level()) || lagging.contains(unit);
			if (running && showcase) {
				keepOneReturnOpen(this.out.subList(first, this.out.size()));
			}
		}
		return new Generated(List.copyOf(this.out), List.copyOf(this.exemptions));
	}

	/**
	 * A quarter of the units below the top (rounded up): they lag in a few rows.
	 */
	private Set<UnitView> lagging(List<UnitView> reporting) {
		var below = new ArrayList<>(reporting.stream().filter(u -> u.parentId() != null).toList());
		Collections.shuffle(below, this.random);
		return new HashSet<>(below.subList(0, Math.min(below.size(), (below.size() + 3) / 4)));
	}

	/**
	 * One unit (not the first, which stands for the others in the README) without the
	 * means for the level's yearly range; the reviewer exempts it each year.
	 * @return the exempted obligation by unit
	 */
	private Map<Long, Long> exempt(List<ObligationView> obligations, List<UnitView> reporting) {
		var below = reporting.stream().filter(u -> u.parentId() != null).toList();
		if (below.size() < 2 || this.reviewerId == null) {
			return Map.of();
		}
		var unit = below.get(1 + this.random.nextInt(below.size() - 1));
		var range = obligations.stream()
			.filter(o -> o.level() == unit.level() && o.terms().kind() == ObligationKind.RANGE_PER_PERIOD
					&& o.terms().cycle() == Frequency.YEAR)
			.findFirst();
		if (range.isEmpty()) {
			return Map.of();
		}
		var from = range.get().startFor(unit.code());
		for (var year = Frequency.YEAR.periodContaining(
				from.isBefore(this.campaign.startDate()) ? this.campaign.startDate() : from); !year.start()
					.isAfter(this.until); year = year.next()) {
			var granted = year.start().plusDays(19).atTime(10, 0).atZone(this.campaign.timeZone()).toInstant();
			this.exemptions.add(new SeedExemption(unit.id(), range.get().id(), year, EXEMPTION_REASON, this.reviewerId,
					granted.isAfter(this.now) ? this.now : granted));
		}
		return Map.of(unit.id(), range.get().id());
	}

	/**
	 * Turns the unit's latest plainly approved record of the last three weeks into an
	 * open return, unless one is open already.
	 */
	private void keepOneReturnOpen(List<SeedRecord> records) {
		if (records.stream().anyMatch(r -> r.review().state() == RecordState.RETURNED)) {
			return;
		}
		var recent = this.until.minusDays(21);
		records.stream()
			.filter(r -> r.review().state() == RecordState.APPROVED && r.review().decisions().isEmpty()
					&& r.activityDate().isAfter(recent))
			.max(Comparator.comparing(r -> r.review().updatedAt()))
			.ifPresent(r -> records.set(records.indexOf(r), r.withReview(this.reviews.returnedInstead(r.review()))));
	}

	private final class UnitObligation {

		private final UnitView unit;

		private final ObligationView obligation;

		private final Long author;

		private final Diligence diligence;

		private final double rate;

		private final LocalDate from;

		UnitObligation(UnitView unit, ObligationView obligation, Long author, Diligence diligence, LocalDate from) {
			this.unit = unit;
			this.obligation = obligation;
			this.author = author;
			this.diligence = diligence;
			this.rate = diligence.of(obligation);
			this.from = from;
		}

		void generate() {
			var terms = this.obligation.terms();
			switch (terms.kind()) {
				case COUNT_PER_PERIOD, RANGE_PER_PERIOD -> eachPeriod(p -> {
					if (chance(Diligence.forPeriod(this.rate, p))) {
						int max = (terms.maxCount() != null) ? terms.maxCount() : terms.minCount() + 1;
						int n = terms.minCount() + DemoRecordGenerator.this.random.nextInt(max - terms.minCount() + 1);
						for (int i = 0; i < n; i++) {
							add(DemoTiming.randomDay(DemoRecordGenerator.this.random, p), null, false);
						}
					}
					else if (chance(0.5)) {
						add(DemoTiming.randomDay(DemoRecordGenerator.this.random, p), null, true);
					}
				});
				case COUNT_PER_YEAR -> eachPeriod(p -> {
					double share = chance(this.rate) ? 1.0 + 0.35 * DemoRecordGenerator.this.random.nextDouble()
							: 0.45 + 0.45 * DemoRecordGenerator.this.random.nextDouble();
					for (int i = 0; i < Math.max(1, Math.round(terms.yearlyTarget() * share)); i++) {
						add(DemoTiming.randomDay(DemoRecordGenerator.this.random, p), null, false);
					}
				});
				case DAILY_ACTIVITY -> {
					double daily = this.diligence.dailyOf(this.obligation);
					int skipped = 0;
					for (var day = this.from; !day.isAfter(DemoRecordGenerator.this.until); day = day.plusDays(1)) {
						skipped = (day.getDayOfMonth() == 1) ? 0 : skipped;
						if (skipped + 1 > day.lengthOfMonth() * MOST_DAYS_SKIPPED || chance(daily)) {
							add(day, null, false);
						}
						else {
							skipped++;
						}
					}
				}
				case COVERAGE -> eachPeriod(p -> {
					var categories = new ArrayList<>(terms.coverageCategories());
					if (!chance(this.rate) && !categories.isEmpty()) {
						categories.remove(DemoRecordGenerator.this.random.nextInt(categories.size()));
					}
					categories.forEach(
							category -> add(DemoTiming.randomDay(DemoRecordGenerator.this.random, p), category, false));
				});
				case DATED_EVENT -> {
					for (int year = this.from.getYear(); year <= DemoRecordGenerator.this.until.getYear(); year++) {
						var day = this.obligation.eventDates()
							.getOrDefault(year, LocalDate.of(year, terms.eventMonth(), terms.eventDay()))
							.plusDays(DemoRecordGenerator.this.random.nextInt(7) - 3);
						if (!day.isBefore(this.from) && chance(this.rate)) {
							add(day, null, false);
						}
					}
				}
				case MILESTONE -> {
					var deadline = (terms.deadline() != null) ? terms.deadline() : DemoRecordGenerator.this.until;
					if (chance(this.rate)) {
						add(deadline.minusDays(DemoRecordGenerator.this.random.nextInt(60)), null, false);
					}
					else if (chance(0.5)) {
						add(deadline.plusDays(10 + DemoRecordGenerator.this.random.nextInt(50)), null, false);
					}
				}
				default -> {
					// metric readings are not generated
				}
			}
		}

		/** Each whole period of the obligation's cycle from the unit's start. */
		private void eachPeriod(Consumer<Period> period) {
			var cycle = this.obligation.terms().cycle();
			for (var p = cycle.periodContaining(this.from); !p.start().isAfter(DemoRecordGenerator.this.until); p = p
				.next()) {
				if (!p.start().isBefore(this.from)) {
					period.accept(p);
				}
			}
		}

		/**
		 * A record of {@code day}, unless it lies outside the unit's part of the campaign
		 * or would be logged after now. Late: logged after the grace days of the period
		 * (but before it closes).
		 */
		private void add(LocalDate day, String category, boolean late) {
			var generator = DemoRecordGenerator.this;
			if (day.isBefore(this.from) || day.isAfter(generator.until)) {
				return;
			}
			var loggedAt = DemoTiming.loggedAt(generator.random, generator.campaign, this.obligation, day, late);
			if (loggedAt.isAfter(generator.now)) {
				return;
			}
			var terms = this.obligation.terms();
			var title = "%s%s（%s）".formatted(this.unit.name(), terms.title(), day);
			var outlet = OUTLETS[generator.random.nextInt(OUTLETS.length)];
			var review = generator.reviews.review(loggedAt, this.author, late ? 0 : this.diligence.returnRate());
			generator.out.add(new SeedRecord(this.obligation.id(), this.unit.id(), day, title, outlet, category,
					this.author, loggedAt, review));
		}

		private boolean chance(double p) {
			return DemoRecordGenerator.this.random.nextDouble() < p;
		}

	}

}
