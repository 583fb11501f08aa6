package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.IntegrationTest;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Guangxi 2018–2020 table is loaded completely by the migration: rows, obligations,
 * phases, days.
 */
@IntegrationTest
class GuangxiReferenceDataTests {

	private static final String CAMPAIGN = "guangxi-2018-2020";

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	List<ObligationView> table;

	Map<String, ObligationView> byCode;

	@BeforeEach
	void loadTable() {
		var root = UnitScope.of(this.units.byCode("guangxi"));
		this.table = this.campaigns.taskTable(root, CAMPAIGN, LocalDate.of(2019, 6, 1));
		this.byCode = this.table.stream().collect(Collectors.toMap(ObligationView::code, Function.identity()));
	}

	@Test
	void theRegionAndItsFourteenCities() {
		var all = this.units.within(UnitScope.of(this.units.byCode("guangxi")));
		assertThat(all).hasSize(15);
		assertThat(all.get(0).level()).isEqualTo(UnitLevel.REGION);
		assertThat(all.stream().filter(u -> u.level() == UnitLevel.CITY).map(u -> u.code()))
			.as("in the order of the source documents")
			.containsExactly("nanning", "liuzhou", "guilin", "wuzhou", "beihai", "fangchenggang", "qinzhou", "guigang",
					"yulin", "baise", "hezhou", "hechi", "laibin", "chongzuo");
	}

	@Test
	void obligationsPerRowAndLevel() {
		Map<Integer, Map<UnitLevel, Long>> counts = this.table.stream()
			.collect(Collectors.groupingBy(ObligationView::rowNumber, TreeMap::new,
					Collectors.groupingBy(ObligationView::level, Collectors.counting())));
		assertThat(counts).hasSize(14);
		long[][] expected = { { 1, 1 }, { 2, 2 }, { 2, 2 }, { 1, 1 }, { 1, 2 }, { 1, 1 }, { 1, 1 }, { 1, 1 }, { 1, 1 },
				{ 1, 1 }, { 5, 4 }, { 2, 2 }, { 1, 1 }, { 2, 2 } };
		for (int row = 1; row <= 14; row++) {
			assertThat(counts.get(row).get(UnitLevel.REGION)).as("row %d, region", row).isEqualTo(expected[row - 1][0]);
			assertThat(counts.get(row).get(UnitLevel.CITY)).as("row %d, city", row).isEqualTo(expected[row - 1][1]);
		}
		assertThat(this.table).hasSize(44);
	}

	@Test
	void codesFollowRowLevelSequence() {
		assertThat(this.table).allSatisfy(o -> {
			var parts = o.code().split("\\.");
			assertThat(Integer.parseInt(parts[0])).isEqualTo(o.rowNumber());
			assertThat(parts[1]).isEqualTo(o.level() == UnitLevel.REGION ? "R" : "C");
		});
	}

	@Test
	void weightsSumToOneHundredPerLevel() {
		Map<UnitLevel, BigDecimal> sums = this.table.stream()
			.collect(Collectors.groupingBy(ObligationView::level,
					Collectors.reducing(BigDecimal.ZERO, o -> o.terms().weight(), BigDecimal::add)));
		assertThat(sums.get(UnitLevel.REGION)).isEqualByComparingTo("100");
		assertThat(sums.get(UnitLevel.CITY)).isEqualByComparingTo("100");
	}

	@Test
	void facilityOpeningPhaseDateOfEachCity() {
		var first = LocalDate.of(2018, 10, 1);
		var second = LocalDate.of(2019, 1, 1);
		var third = LocalDate.of(2020, 1, 1);
		var expected = Map.ofEntries(Map.entry("nanning", first), Map.entry("liuzhou", first),
				Map.entry("guilin", first), Map.entry("wuzhou", first), Map.entry("qinzhou", second),
				Map.entry("beihai", second), Map.entry("fangchenggang", second), Map.entry("guigang", second),
				Map.entry("yulin", second), Map.entry("baise", second), Map.entry("hezhou", third),
				Map.entry("hechi", third), Map.entry("laibin", third), Map.entry("chongzuo", third));
		assertThat(this.byCode.get("12.C.1").phases()).isEqualTo(expected);
		assertThat(this.byCode.get("12.C.2").phases()).isEqualTo(expected);
		assertThat(this.byCode.get("12.C.1").startFor("nanning")).isEqualTo(first);
		assertThat(this.byCode.get("1.C.1").startFor("nanning")).isEqualTo(LocalDate.of(2018, 1, 1));
	}

	@Test
	void cityPressConferenceFieldByField() {
		var o = this.byCode.get("1.C.1");
		assertThat(o.level()).isEqualTo(UnitLevel.CITY);
		assertThat(o.rowTitle()).isEqualTo("新闻发布会");
		assertThat(o.effectiveFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
		assertThat(o.effectiveTo()).isNull();
		var t = o.terms();
		assertThat(t.text()).isEqualTo("主动设置议题，至少每季度召开一次例行新闻发布会。");
		assertThat(t.kind()).isEqualTo(ObligationKind.COUNT_PER_PERIOD);
		assertThat(t.frequency()).isEqualTo(Frequency.QUARTER);
		assertThat(t.minCount()).isEqualTo(1);
		assertThat(t.maxCount()).isNull();
		assertThat(o.versions()).hasSize(1);
	}

	@Test
	void regionPressConferenceEveryTwoMonthsAndWeeklyTvColumn() {
		assertThat(this.byCode.get("1.R.1").terms().frequency()).isEqualTo(Frequency.TWO_MONTHS);
		var tv = this.byCode.get("2.R.2").terms();
		assertThat(tv.frequency()).isEqualTo(Frequency.WEEK);
		assertThat(tv.text()).contains("《广西新闻》").contains("每周播出一期");
	}

	@Test
	void yearlyTargetsRangesDailyAndMilestone() {
		assertThat(this.byCode.get("3.C.2").terms().kind()).isEqualTo(ObligationKind.COUNT_PER_YEAR);
		assertThat(this.byCode.get("3.C.2").terms().yearlyTarget()).isEqualTo(6);
		assertThat(this.byCode.get("9.R.1").terms().yearlyTarget()).isEqualTo(10);
		var themeInterview = this.byCode.get("3.C.1").terms();
		assertThat(themeInterview.kind()).isEqualTo(ObligationKind.COUNT_PER_PERIOD);
		assertThat(themeInterview.frequency()).isEqualTo(Frequency.YEAR);
		assertThat(themeInterview.minCount()).isEqualTo(1);
		assertThat(this.byCode.get("9.C.1").terms().yearlyTarget()).isEqualTo(3);
		var articles = this.byCode.get("5.C.2").terms();
		assertThat(articles.kind()).isEqualTo(ObligationKind.RANGE_PER_PERIOD);
		assertThat(articles.frequency()).isEqualTo(Frequency.MONTH);
		assertThat(articles.minCount()).isEqualTo(1);
		assertThat(articles.maxCount()).isEqualTo(2);
		var ngos = this.byCode.get("13.C.1").terms();
		assertThat(List.of(ngos.kind(), ngos.minCount(), ngos.maxCount()))
			.containsExactly(ObligationKind.RANGE_PER_PERIOD, 1, 3);
		assertThat(this.byCode.get("5.C.1").terms().kind()).isEqualTo(ObligationKind.DAILY_ACTIVITY);
		assertThat(this.byCode.get("2.C.1").terms().kind()).isEqualTo(ObligationKind.MILESTONE);
		assertThat(this.byCode.get("4.C.1").terms().kind()).isEqualTo(ObligationKind.ASSESSMENT);
		assertThat(this.byCode.get("6.C.1").terms().kind()).isEqualTo(ObligationKind.DIRECTIVE);
	}

	@Test
	void coverageCategories() {
		assertThat(this.byCode.get("10.C.1").terms().coverageCategories()).containsExactly("SCHOOL", "COMMUNITY",
				"ENTERPRISE", "VILLAGE");
		assertThat(this.byCode.get("12.C.2").terms().coverageCategories()).hasSize(4);
	}

	@Test
	void commemorativeDays() {
		assertThat(this.byCode.get("11.C.1").terms().title()).isEqualTo("六五环境日");
		assertThat(
				List.of(this.byCode.get("11.C.1").terms().eventMonth(), this.byCode.get("11.C.1").terms().eventDay()))
			.containsExactly(6, 5);
		assertThat(this.byCode.get("11.C.2").terms().eventDay()).isEqualTo(22);
		assertThat(this.byCode.get("11.C.4").terms().eventMonth()).isEqualTo(4);
		assertThat(this.byCode.get("11.C.3").eventDates()).containsEntry(2018, LocalDate.of(2018, 6, 13))
			.containsEntry(2019, LocalDate.of(2019, 6, 19))
			.containsEntry(2020, LocalDate.of(2020, 7, 2));
		assertThat(this.table.stream().filter(o -> o.terms().kind() == ObligationKind.DATED_EVENT)).hasSize(8)
			.allSatisfy(o -> assertThat(o.terms().windowDaysBefore()).isEqualTo(7));
	}

}
