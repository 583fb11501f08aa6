package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An obligation as the rules see it: when it is in force, its effective-dated versions
 * and the campaign it belongs to.
 *
 * @param effectiveFrom first day in force
 * @param effectiveTo retired from this day on (exclusive end), null while in force
 * @param versions what it asks, each from its own {@code validFrom}
 * @param eventDates a movable day's date per year, overriding the version's event day
 * @param campaign the campaign's first and last day, null for no bounds: a period that
 * straddles either is judged on its days inside the campaign ({@link #cut}), and periods
 * wholly outside it are none of the obligation's
 */
public record ObligationRules(LocalDate effectiveFrom, LocalDate effectiveTo, List<RuleVersion> versions,
		Map<Integer, LocalDate> eventDates, DateRange campaign) {

	public ObligationRules {
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		if (versions == null || versions.isEmpty()) {
			throw new IllegalArgumentException("An obligation needs at least one version");
		}
		if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
			throw new IllegalArgumentException("Retired before it started: " + effectiveFrom + " >= " + effectiveTo);
		}
		versions = versions.stream().sorted(Comparator.comparing(RuleVersion::validFrom)).toList();
		eventDates = (eventDates != null) ? Map.copyOf(eventDates) : Map.of();
		if (campaign != null && (campaign.from() == null || campaign.to() == null)) {
			throw new IllegalArgumentException("A campaign has a first and a last day: " + campaign);
		}
	}

	/** Outside any campaign's bounds. */
	public ObligationRules(LocalDate effectiveFrom, LocalDate effectiveTo, List<RuleVersion> versions,
			Map<Integer, LocalDate> eventDates) {
		this(effectiveFrom, effectiveTo, versions, eventDates, null);
	}

	/** In force from {@code effectiveFrom}, never retired, without movable days. */
	public static ObligationRules of(LocalDate effectiveFrom, RuleVersion... versions) {
		return new ObligationRules(effectiveFrom, null, List.of(versions), Map.of(), null);
	}

	public ObligationRules retiredOn(LocalDate effectiveTo) {
		return new ObligationRules(this.effectiveFrom, effectiveTo, this.versions, this.eventDates, this.campaign);
	}

	public ObligationRules withEventDates(Map<Integer, LocalDate> eventDates) {
		return new ObligationRules(this.effectiveFrom, this.effectiveTo, this.versions, eventDates, this.campaign);
	}

	/** The same obligation in a campaign from {@code first} to {@code last}. */
	public ObligationRules within(LocalDate first, LocalDate last) {
		return new ObligationRules(this.effectiveFrom, this.effectiveTo, this.versions, this.eventDates,
				new DateRange(first, last));
	}

	/**
	 * The part of {@code period} inside the campaign: a week from 28 December to 3
	 * January in a campaign that ends on 31 December is judged from 28 to 31 December,
	 * and is due on the 31st. Null when the period has no day in the campaign; the period
	 * itself without bounds.
	 */
	Period cut(Period period) {
		if (this.campaign == null) {
			return period;
		}
		if (period.end().isBefore(this.campaign.from()) || period.start().isAfter(this.campaign.to())) {
			return null;
		}
		var start = period.start().isBefore(this.campaign.from()) ? this.campaign.from() : period.start();
		var end = period.end().isAfter(this.campaign.to()) ? this.campaign.to() : period.end();
		return (start.equals(period.start()) && end.equals(period.end())) ? period
				: new Period(period.frequency(), start, end);
	}

	/**
	 * The version in force on {@code day}: the last one that started on or before it, or
	 * the first one before any started (as {@code ObligationView.termsOn}).
	 */
	public RuleVersion versionOn(LocalDate day) {
		var found = this.versions.get(0);
		for (var version : this.versions) {
			if (!version.validFrom().isAfter(day)) {
				found = version;
			}
		}
		return found;
	}

	/** The first day after {@code day} on which another version takes over, or null. */
	LocalDate nextChangeAfter(LocalDate day) {
		for (int i = 1; i < this.versions.size(); i++) {
			var from = this.versions.get(i).validFrom();
			if (from.isAfter(day)) {
				return from;
			}
		}
		return null;
	}

	/**
	 * How far past its year an evaluation's due day can fall: a dated event late in
	 * December whose window runs into January, or a movable day stored in a later year.
	 */
	int daysBeyondYear() {
		long window = 0;
		for (var version : this.versions) {
			window = Math.max(window, version.windowDaysAfter());
		}
		long moved = 0;
		for (var entry : this.eventDates.entrySet()) {
			moved = Math.max(moved, entry.getValue().toEpochDay() - LocalDate.of(entry.getKey(), 12, 31).toEpochDay());
		}
		return (int) (window + moved);
	}

}
