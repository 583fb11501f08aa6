package com.tasktable.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.tasktable.compliance.Fixtures.CAMPAIGN_START;
import static com.tasktable.compliance.Fixtures.ENGINE;
import static com.tasktable.compliance.Fixtures.day;
import static com.tasktable.compliance.Fixtures.evaluate;
import static com.tasktable.compliance.Fixtures.period;
import static com.tasktable.compliance.Fixtures.quarter;
import static com.tasktable.compliance.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

/** Directives and assessments: judged by what reviewers ask and rate. */
class ReviewedKindsTests {

	/** 6.C.1: forward and answer promptly, judged per quarter. */
	static final ObligationRules DIRECTIVES = rules(RuleVersion.directive(CAMPAIGN_START, null));

	static final Period Q2 = quarter("2019-04-01");

	static UnitObligation directives(DirectiveFact... directives) {
		return new UnitObligation(DIRECTIVES, UnitTerms.ALWAYS, Facts.NONE.withDirectives(List.of(directives)));
	}

	static DirectiveFact directive(String deadline, String doneOn) {
		return new DirectiveFact(day(deadline), (doneOn != null) ? day(doneOn) : null);
	}

	@Test
	void directivesDoneOnTheirDeadlineDayAreOnTimeAndTheDayAfterLate() {
		var shanghai = ZoneId.of("Asia/Shanghai");
		var lastMinute = CampaignDates.dayOf(Instant.parse("2019-06-30T15:59:59Z"), shanghai);
		var midnight = CampaignDates.dayOf(Instant.parse("2019-06-30T16:00:00Z"), shanghai);
		var onTime = evaluate(directives(new DirectiveFact(day("2019-06-30"), lastMinute)), Q2, "2019-07-02");
		assertThat(onTime.status()).isEqualTo(Status.MET);
		var late = evaluate(directives(new DirectiveFact(day("2019-06-30"), midnight)), Q2, "2019-07-02");
		assertThat(late.status()).isEqualTo(Status.MET_LATE);
		assertThat(late.progress()).isEqualTo(new Progress.Directives(0, 1, 0, 0));
	}

	@Test
	void anOverdueDirectiveMakesItsPeriodMissedAndAnOpenOneDue() {
		var unit = directives(directive("2019-04-10", "2019-04-09"), directive("2019-05-10", "2019-05-12"),
				directive("2019-05-20", null), directive("2019-06-30", null));
		var evaluation = evaluate(unit, Q2, "2019-06-01");
		assertThat(evaluation.status()).isEqualTo(Status.MISSED);
		assertThat(evaluation.progress()).isEqualTo(new Progress.Directives(1, 1, 1, 1));
		assertThat(evaluation.required()).isEqualTo(4);
		assertThat(evaluation.approved()).isEqualTo(2);
		var open = evaluate(directives(directive("2019-04-10", "2019-04-09"), directive("2019-06-30", null)), Q2,
				"2019-06-01");
		assertThat(open.status()).isEqualTo(Status.DUE);
		assertThat(evaluate(directives(directive("2019-04-10", "2019-04-09")), Q2, "2019-06-01").status())
			.isEqualTo(Status.MET);
	}

	@Test
	void aQuarterWithoutDirectivesAsksNothing() {
		var evaluation = evaluate(directives(directive("2019-07-10", null)), Q2, "2019-08-01");
		assertThat(evaluation.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(evaluation.applicability()).isEqualTo(Applicability.NOTHING_DUE);
		assertThat(evaluate(directives(directive("2019-07-10", null)), quarter("2019-07-01"), "2019-08-01").status())
			.isEqualTo(Status.MISSED);
	}

	@Test
	void aRatingBelowThePassMarkIsMissed() {
		var opinion = rules(RuleVersion.assessment(CAMPAIGN_START));
		var year = period(Frequency.YEAR, "2019-01-01");
		var fifty = new UnitObligation(opinion, UnitTerms.ALWAYS, Facts.NONE.withRatings(Map.of(year, 50)));
		var evaluation = evaluate(fifty, year, "2020-01-15");
		assertThat(evaluation.status()).isEqualTo(Status.MISSED);
		assertThat(evaluation.progress()).isEqualTo(new Progress.Rating(50));
		assertThat(evaluation.approved()).as("rated, so the cell still lists the rating").isEqualTo(1);
		var fiftyNine = new UnitObligation(opinion, UnitTerms.ALWAYS, Facts.NONE.withRatings(Map.of(year, 59)));
		assertThat(evaluate(fiftyNine, year, "2020-01-15").status()).isEqualTo(Status.MISSED);
		var sixty = new UnitObligation(opinion, UnitTerms.ALWAYS, Facts.NONE.withRatings(Map.of(year, 60)));
		assertThat(evaluate(sixty, year, "2020-01-15").status()).as("the pass mark itself is met")
			.isEqualTo(Status.MET);
	}

	@Test
	void anAssessmentIsMetOnceRatedAndDueUntilThen() {
		var opinion = rules(RuleVersion.assessment(CAMPAIGN_START));
		var year = period(Frequency.YEAR, "2019-01-01");
		var rated = new UnitObligation(opinion, UnitTerms.ALWAYS, Facts.NONE.withRatings(Map.of(year, 85)));
		var evaluation = evaluate(rated, year, "2020-01-15");
		assertThat(evaluation.status()).isEqualTo(Status.MET);
		assertThat(evaluation.progress()).isEqualTo(new Progress.Rating(85));
		var unrated = new UnitObligation(opinion, UnitTerms.ALWAYS, Facts.NONE);
		assertThat(evaluate(unrated, year, "2019-06-01").status()).isEqualTo(Status.DUE);
		assertThat(evaluate(unrated, year, "2020-03-01").status()).as("waiting for the reviewer, not the unit")
			.isEqualTo(Status.DUE);
		var compliance = ENGINE.compliance(List.of(unrated), year, day("2020-03-01"));
		assertThat(compliance.counted()).isZero();
		assertThat(compliance.undecided()).isEqualTo(1);
	}

}
