package com.tasktable.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.platform.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a record must satisfy, kind by kind; the same rules serve the pages and the API.
 */
class RecordRulesTests {

	static final LocalDate TODAY = LocalDate.of(2019, 6, 20);

	@Test
	void aPlainCountedEventPasses() {
		assertThat(check(draft(LocalDate.of(2019, 6, 3), "发布会"), TermsMother.countPerPeriod(Frequency.QUARTER, 1)))
			.isEmpty();
	}

	@Test
	void dateIsRequiredNotInTheFutureAndInsideTheCampaign() {
		var terms = TermsMother.countPerPeriod(Frequency.MONTH, 1);
		assertThat(codes(check(draft(null, "t"), terms))).containsExactly("activityDate:record.error.required");
		assertThat(codes(check(draft(TODAY.plusDays(1), "t"), terms)))
			.containsExactly("activityDate:record.error.future");
		assertThat(codes(check(draft(LocalDate.of(2017, 12, 31), "t"), terms)))
			.containsExactly("activityDate:record.error.outsideCampaign");
	}

	@Test
	void notBeforeTheUnitsPhaseDate() {
		var context = new RecordRules.Context(TermsMother.countPerPeriod(Frequency.TWO_MONTHS, 1),
				LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31), LocalDate.of(2019, 1, 1), TODAY, false, null);
		assertThat(codes(RecordRules.check(draft(LocalDate.of(2018, 12, 31), "t"), context)))
			.containsExactly("activityDate:record.error.beforeStart");
		assertThat(RecordRules.check(draft(LocalDate.of(2019, 1, 1), "t"), context)).isEmpty();
	}

	@Test
	void aClosedPeriodRefusesRecords() {
		var context = new RecordRules.Context(TermsMother.countPerPeriod(Frequency.MONTH, 1), LocalDate.of(2018, 1, 1),
				LocalDate.of(2020, 12, 31), LocalDate.of(2018, 1, 1), TODAY, true, null);
		assertThat(codes(RecordRules.check(draft(LocalDate.of(2019, 1, 5), "t"), context)))
			.containsExactly("activityDate:record.error.locked");
	}

	@Test
	void titleRequiredExceptForMetricsAndDailyTicks() {
		assertThat(codes(check(draft(TODAY, null), TermsMother.countPerPeriod(Frequency.MONTH, 1))))
			.containsExactly("title:record.error.required");
		assertThat(check(draft(TODAY, null), TermsMother.of(ObligationKind.DAILY_ACTIVITY))).isEmpty();
	}

	@Test
	void metricNeedsANonNegativeValueAndOthersTakeNone() {
		var metric = TermsMother.metric(5000);
		assertThat(codes(check(draft(TODAY, null), metric))).containsExactly("value:record.error.required");
		assertThat(codes(check(valued(TODAY, new BigDecimal("-1")), metric)))
			.containsExactly("value:record.error.value");
		assertThat(check(valued(TODAY, new BigDecimal("4200")), metric)).isEmpty();
		assertThat(codes(check(valued(TODAY, BigDecimal.TEN), TermsMother.countPerPeriod(Frequency.MONTH, 1))))
			.contains("value:record.error.noValue");
	}

	@Test
	void coverageNeedsOneOfTheObligationsCategories() {
		var coverage = TermsMother.coverage("SCHOOL", "VILLAGE");
		assertThat(codes(check(categorised(TODAY, null), coverage))).containsExactly("category:record.error.required");
		assertThat(codes(check(categorised(TODAY, "ENTERPRISE"), coverage)))
			.containsExactly("category:record.error.category");
		assertThat(check(categorised(TODAY, "SCHOOL"), coverage)).isEmpty();
		assertThat(codes(check(categorised(TODAY, "SCHOOL"), TermsMother.countPerPeriod(Frequency.YEAR, 1))))
			.containsExactly("category:record.error.category");
	}

	@Test
	void aDatedEventMustFallInsideItsWindow() {
		var june5 = TermsMother.datedEvent(6, 5);
		var window = new RecordRules.DateWindow(LocalDate.of(2019, 5, 29), LocalDate.of(2019, 6, 12));
		var context = new RecordRules.Context(june5, LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31),
				LocalDate.of(2018, 1, 1), TODAY, false, window);
		assertThat(RecordRules.check(draft(LocalDate.of(2019, 5, 29), "t"), context)).isEmpty();
		assertThat(RecordRules.check(draft(LocalDate.of(2019, 6, 12), "t"), context)).isEmpty();
		assertThat(codes(RecordRules.check(draft(LocalDate.of(2019, 6, 13), "t"), context)))
			.containsExactly("activityDate:record.error.outsideWindow");
	}

	@Test
	void linksMustBeWebAddresses() {
		var terms = TermsMother.countPerPeriod(Frequency.MONTH, 1);
		var good = new RecordDraft(TODAY, "t", null, List.of("https://www.gxepb.gov.cn/a", " "), null, null, null,
				null);
		assertThat(check(good, terms)).isEmpty();
		assertThat(good.links()).containsExactly("https://www.gxepb.gov.cn/a");
		var bad = new RecordDraft(TODAY, "t", null, List.of("javascript:alert(1)"), null, null, null, null);
		assertThat(codes(check(bad, terms))).containsExactly("links:record.error.link");
	}

	@Test
	void directivesAndAssessmentsAreNotLogged() {
		assertThat(codes(check(draft(TODAY, "t"), TermsMother.of(ObligationKind.DIRECTIVE))))
			.containsExactly("null:record.error.notLoggable");
		assertThat(codes(check(draft(TODAY, "t"), TermsMother.of(ObligationKind.ASSESSMENT))))
			.containsExactly("null:record.error.notLoggable");
	}

	private static List<Violation> check(RecordDraft draft, ObligationTerms terms) {
		return RecordRules.check(draft, new RecordRules.Context(terms, LocalDate.of(2018, 1, 1),
				LocalDate.of(2020, 12, 31), LocalDate.of(2018, 1, 1), TODAY, false, null));
	}

	private static List<String> codes(List<Violation> violations) {
		return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
	}

	private static RecordDraft draft(LocalDate day, String title) {
		return new RecordDraft(day, title, null, null, null, null, null, null);
	}

	private static RecordDraft valued(LocalDate day, BigDecimal value) {
		return new RecordDraft(day, null, null, null, null, null, value, null);
	}

	private static RecordDraft categorised(LocalDate day, String category) {
		return new RecordDraft(day, "t", null, null, null, null, null, category);
	}

}
