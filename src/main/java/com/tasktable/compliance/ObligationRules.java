package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An obligation as the rules see it: when it is in force and its effective-dated
 * versions.
 *
 * @param effectiveFrom first day in force
 * @param effectiveTo retired from this day on (exclusive end), null while in force; pass
 * the day after the campaign's last day when that is earlier
 * @param versions what it asks, each from its own {@code validFrom}
 * @param eventDates a movable day's date per year, overriding the version's event day
 */
public record ObligationRules(LocalDate effectiveFrom, LocalDate effectiveTo, List<RuleVersion> versions,
		Map<Integer, LocalDate> eventDates) {

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
	}

	/** In force from {@code effectiveFrom}, never retired, without movable days. */
	public static ObligationRules of(LocalDate effectiveFrom, RuleVersion... versions) {
		return new ObligationRules(effectiveFrom, null, List.of(versions), Map.of());
	}

	public ObligationRules retiredOn(LocalDate effectiveTo) {
		return new ObligationRules(this.effectiveFrom, effectiveTo, this.versions, this.eventDates);
	}

	public ObligationRules withEventDates(Map<Integer, LocalDate> eventDates) {
		return new ObligationRules(this.effectiveFrom, this.effectiveTo, this.versions, eventDates);
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
