package com.tasktable.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Short names for the engine's inputs, so that each test reads like its worked example.
 */
final class Fixtures {

	static final LocalDate CAMPAIGN_START = LocalDate.of(2018, 1, 1);

	static final ComplianceEngine ENGINE = new ComplianceEngine(ComplianceSettings.DEFAULTS);

	private Fixtures() {
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	/** An approved record logged the day it happened. */
	static RecordFact approved(String activity) {
		return RecordFact.of(day(activity), day(activity), ReviewState.APPROVED);
	}

	static RecordFact approved(String activity, String logged) {
		return RecordFact.of(day(activity), day(logged), ReviewState.APPROVED);
	}

	static RecordFact pending(String activity) {
		return RecordFact.of(day(activity), day(activity), ReviewState.PENDING);
	}

	static RecordFact pending(String activity, String logged) {
		return RecordFact.of(day(activity), day(logged), ReviewState.PENDING);
	}

	static RecordFact inState(ReviewState state, String activity) {
		return RecordFact.of(day(activity), day(activity), state);
	}

	static RecordFact reading(String activity, String value) {
		return new RecordFact(day(activity), day(activity), ReviewState.APPROVED, new BigDecimal(value), null);
	}

	static RecordFact covering(String activity, String category) {
		return new RecordFact(day(activity), day(activity), ReviewState.APPROVED, null, category);
	}

	/**
	 * Approved updates on every day from {@code first} to {@code last}, each logged that
	 * day.
	 */
	static List<RecordFact> everyDay(String first, String last) {
		List<RecordFact> records = new ArrayList<>();
		for (var d = day(first); !d.isAfter(day(last)); d = d.plusDays(1)) {
			records.add(RecordFact.of(d, d, ReviewState.APPROVED));
		}
		return records;
	}

	/** The campaign's obligation with one version from its first day. */
	static ObligationRules rules(RuleVersion version) {
		return ObligationRules.of(CAMPAIGN_START, version);
	}

	static ObligationRules countPer(Frequency frequency, int min) {
		return rules(RuleVersion.countPerPeriod(CAMPAIGN_START, frequency, min));
	}

	static UnitObligation subject(ObligationRules rules, RecordFact... records) {
		return new UnitObligation(rules, UnitTerms.ALWAYS, Facts.of(List.of(records)));
	}

	static UnitObligation subject(ObligationRules rules, UnitTerms unit, RecordFact... records) {
		return new UnitObligation(rules, unit, Facts.of(List.of(records)));
	}

	static Period period(Frequency frequency, String dayInside) {
		return frequency.periodContaining(day(dayInside));
	}

	static Period quarter(String dayInside) {
		return period(Frequency.QUARTER, dayInside);
	}

	static Evaluation evaluate(UnitObligation subject, Period period, String today) {
		return ENGINE.evaluate(subject, period, day(today)).orElseThrow();
	}

}
