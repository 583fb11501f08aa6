package com.tasktable.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated case for the property tests, in the tests' own terms: the oracle reads it
 * directly, and {@link #subject()} turns it into the engine's input.
 *
 * @param effectiveFrom the obligation's first day
 * @param effectiveTo retired from, or null
 * @param versions one or two versions, the first from {@code effectiveFrom}
 * @param phaseDate the unit's phase date, or null
 * @param activeFrom the unit's first active day, or null
 * @param activeTo the unit's last active day, or null
 * @param records the unit's records
 * @param exemptDays days whose period (as the oracle cuts them) a reviewer exempted
 * @param today the day the engine judges on
 * @param lateAfterDays grace days
 * @param checkDay a day inside the quarter the property looks at
 * @param campaignFirst the campaign's first day, or null for no campaign bounds
 * @param campaignLast the campaign's last day, or null
 */
record Scenario(LocalDate effectiveFrom, LocalDate effectiveTo, List<Version> versions, LocalDate phaseDate,
		LocalDate activeFrom, LocalDate activeTo, List<RecordFact> records, List<LocalDate> exemptDays, LocalDate today,
		int lateAfterDays, LocalDate checkDay, LocalDate campaignFirst, LocalDate campaignLast) {

	/**
	 * A version as the generator draws it.
	 *
	 * @param from first day in force
	 * @param kind COUNT_PER_PERIOD, RANGE_PER_PERIOD or COUNT_PER_YEAR
	 * @param frequency the period (YEAR for a yearly target)
	 * @param min the minimum, or the yearly target
	 */
	record Version(LocalDate from, ObligationKind kind, Frequency frequency, int min) {

		RuleVersion toRule() {
			return switch (this.kind) {
				case COUNT_PER_YEAR -> RuleVersion.countPerYear(this.from, this.min);
				case RANGE_PER_PERIOD -> RuleVersion.rangePerPeriod(this.from, this.frequency, this.min, this.min + 2);
				default -> RuleVersion.countPerPeriod(this.from, this.frequency, this.min);
			};
		}

	}

	UnitObligation subject() {
		var rules = new ObligationRules(this.effectiveFrom, this.effectiveTo,
				this.versions.stream().map(Version::toRule).toList(), Map.of());
		if (this.campaignFirst != null) {
			rules = rules.within(this.campaignFirst, this.campaignLast);
		}
		Set<Period> exemptions = new HashSet<>();
		for (var slot : NaiveOracle.slots(this)) {
			if (this.exemptDays.stream().anyMatch(d -> !d.isBefore(slot.start()) && !d.isAfter(slot.end()))) {
				exemptions.add(new Period(slot.version().frequency(), slot.start(), slot.end()));
			}
		}
		var facts = Facts.of(this.records).withExemptions(exemptions);
		return new UnitObligation(rules, new UnitTerms(this.phaseDate, this.activeFrom, this.activeTo), facts);
	}

	/** The same case inside a campaign's first and last day, or unbounded for null. */
	Scenario in(LocalDate[] campaign) {
		return (campaign == null) ? this
				: new Scenario(this.effectiveFrom, this.effectiveTo, this.versions, this.phaseDate, this.activeFrom,
						this.activeTo, this.records, this.exemptDays, this.today, this.lateAfterDays, this.checkDay,
						campaign[0], campaign[1]);
	}

	ComplianceEngine engine() {
		return new ComplianceEngine(ComplianceSettings.lateAfter(this.lateAfterDays));
	}

	/** Versions sorted, for the oracle's own "in force on" lookup. */
	List<Version> versionsInOrder() {
		List<Version> sorted = new ArrayList<>(this.versions);
		sorted.sort((a, b) -> a.from().compareTo(b.from()));
		return sorted;
	}

}
