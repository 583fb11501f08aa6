package com.tasktable.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.compliance.Frequency;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the trends page reads from the percentages: the ranking (best first, ties share a
 * place, units without a figure last), one unit against the average, the running quarter
 * and the heatmap's steps.
 */
class TrendsTests {

	static final CampaignView CAMPAIGN = new CampaignView(1L, "c", "活动", "Campaign", "guangxi",
			LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ZoneId.of("Asia/Shanghai"), 10, 30, null);

	static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	static final List<Trends.Quarter> QUARTERS = List.of(quarter(2026, 1), quarter(2026, 2));

	@Test
	void theRankingIsBestFirstWithTiesSharingAPlaceAndUnitsWithoutAFigureLast() {
		var trends = trends(line("a", "50.0", "60.0", "55.0"), line("b", null, null, null),
				line("c", "90.0", "60.0", "75.0"), line("d", "50.0", "80.0", "65.0"), line("e", "10.0", null, "10.0"));

		var soFar = trends.ranking(null);
		assertThat(soFar.places()).extracting(p -> p.unit().code()).containsExactly("c", "d", "a", "e", "b");
		assertThat(soFar.places()).extracting(Trends.Place::place).containsExactly(1, 2, 3, 4, 0);
		assertThat(soFar.places()).noneMatch(Trends.Place::tied);
		assertThat(soFar.best()).get().extracting(p -> p.unit().code()).isEqualTo("c");
		assertThat(soFar.worst()).get().extracting(p -> p.unit().code()).isEqualTo("e");

		var first = trends.ranking(QUARTERS.get(0));
		// 90, 50, 50, 10: the two at 50 share second place, the next is fourth, and the
		// table's order breaks the tie
		assertThat(first.places()).extracting(p -> p.unit().code()).containsExactly("c", "a", "d", "e", "b");
		assertThat(first.places()).extracting(Trends.Place::place).containsExactly(1, 2, 2, 4, 0);
		assertThat(first.places()).extracting(Trends.Place::tied).containsExactly(false, true, true, false, false);
		assertThat(first.average()).isEqualByComparingTo("50.0");
	}

	@Test
	void aRankingWithoutFiguresHasNoBestAndNoWorst() {
		var trends = trends(line("a", null, null, null), line("b", null, null, null));
		var ranking = trends.ranking(QUARTERS.get(1));
		assertThat(ranking.best()).isEmpty();
		assertThat(ranking.worst()).isEmpty();
		assertThat(ranking.places()).extracting(Trends.Place::place).containsOnly(0);
	}

	@Test
	void aUnitAgainstTheAverageQuarterByQuarter() {
		var a = line("a", "50.0", "70.0", "60.0");
		var trends = trends(a, line("b", "70.0", "50.0", "60.0"), line("c", null, "60.0", "60.0"));
		var comparison = trends.comparison(a);
		assertThat(comparison.unit().code()).isEqualTo("a");
		assertThat(comparison.points()).extracting(Trends.Point::average)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("60.0"), new BigDecimal("60.0"));
		assertThat(comparison.points()).extracting(Trends.Point::signedDifference).containsExactly("-10.0", "+10.0");
		assertThat(comparison.above()).isEqualTo(1);
		assertThat(comparison.below()).isEqualTo(1);
		assertThat(comparison.points().get(1).quarter().running()).isTrue();
	}

	@Test
	void theRunningQuarterIsTheOneTodayIsIn() {
		var trends = trends(line("a", "50.0", "70.0", "60.0"));
		assertThat(trends.running()).get().extracting(Trends.Quarter::key).isEqualTo("2026-Q2");
		assertThat(trends.quarter("2026-Q1")).get().extracting(Trends.Quarter::running).isEqualTo(false);
		assertThat(trends.quarter("2025-Q4")).isEmpty();
		assertThat(trends.line("a")).isPresent();
		assertThat(trends.line("z")).isEmpty();
	}

	@Test
	void theHeatmapHasTenStepsAndNoneForNoFigure() {
		var trends = trends(line("a", "50.0", "70.0", "60.0"));
		assertThat(trends.heat(null)).isEqualTo("heat-none");
		assertThat(trends.heat(new BigDecimal("0.0"))).isEqualTo("heat-0");
		assertThat(trends.heat(new BigDecimal("9.9"))).isEqualTo("heat-0");
		assertThat(trends.heat(new BigDecimal("10.0"))).isEqualTo("heat-1");
		assertThat(trends.heat(new BigDecimal("89.9"))).isEqualTo("heat-8");
		assertThat(trends.heat(new BigDecimal("100.0"))).isEqualTo("heat-9");
		assertThat(trends.heatScale()).hasSize(10);
		assertThat(trends.heatScale().get(9)).isEqualTo(new Trends.HeatStep("heat-9", 90, 100));
	}

	/** Two quarters (the second running) and each line's overall figure. */
	private static Trends trends(Trends.Line... lines) {
		var all = List.of(lines);
		var averages = List.of(0, 1)
			.stream()
			.map(i -> mean(all.stream().map(l -> l.percents().get(i)).toList()))
			.toList();
		return new Trends(CAMPAIGN, TODAY, QUARTERS, all, averages,
				mean(all.stream().map(Trends.Line::overall).toList()));
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		var present = values.stream().filter(v -> v != null).toList();
		if (present.isEmpty()) {
			return null;
		}
		return present.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(present.size()), 1, RoundingMode.HALF_UP);
	}

	private static Trends.Line line(String code, String q1, String q2, String overall) {
		var unit = new UnitView((long) code.hashCode(), code, code + "市", null, UnitLevel.CITY, 1L,
				"/guangxi/" + code + "/", null, null);
		return new Trends.Line(unit, Arrays.asList(decimal(q1), decimal(q2)), decimal(overall));
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

	private static Trends.Quarter quarter(int year, int number) {
		var period = Frequency.QUARTER.periodContaining(LocalDate.of(year, number * 3, 1));
		return new Trends.Quarter(period, period.contains(TODAY));
	}

}
