package com.tasktable.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.tasktable.compliance.Ranking;
import com.tasktable.compliance.Scoring;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitView;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ties share a rank, and the bulletin's words follow the ranks: "the first three places"
 * names every unit in them (seven when ties make seven) and says which places are shared,
 * without claiming three units; a table marks a shared rank.
 */
class BulletinTieWordingTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void threeUnitsWithoutTiesAreTheFirstThreePlaces() {
		var bulletin = bulletin("98.50", "97.00", "96.25", "90.00");
		assertThat(text(ZH).summaryTop(bulletin))
			.isEqualTo("本期排名前三位的单位：第一名：单位1（98.50 分）；第二名：单位2（97.00 分）；第三名：单位3（96.25 分）。");
		assertThat(text(Locale.ENGLISH).summaryTop(bulletin)).isEqualTo(
				"The first three places this period: 1st: Unit 1 (98.50 points); 2nd: Unit 2 (97.00 points); 3rd: Unit 3 (96.25 points).");
		assertThat(bulletin.topTied()).isFalse();
	}

	@Test
	void tiesThatMakeSevenAreWordedAsSevenInTheFirstThreePlaces() {
		var bulletin = bulletin("99.00", "98.00", "98.00", "98.00", "98.00", "98.00", "98.00", "90.00");
		assertThat(bulletin.top()).hasSize(7);
		assertThat(text(ZH).summaryTop(bulletin))
			.isEqualTo("本期排名前三位的单位（含并列）共 7 个：第一名：单位1（99.00 分）；" + "并列第二名：单位2、单位3、单位4、单位5、单位6、单位7（98.00 分）。")
			.doesNotContain("前三：");
		assertThat(text(Locale.ENGLISH).summaryTop(bulletin)).startsWith(
				"The units in the first three places this period (with ties, 7 units): 1st: Unit 1 (99.00 points); joint 2nd: ");
		var table = bulletin.table();
		assertThat(table.rows()).extracting(r -> text(ZH).rankCell(table, r))
			.containsExactly("1", "2（并列）", "2（并列）", "2（并列）", "2（并列）", "2（并列）", "2（并列）", "8");
		assertThat(text(Locale.ENGLISH).rankCell(table, table.rows().get(1))).isEqualTo("2 (tied)");
	}

	@Test
	void aTieForFirstIsJointFirstAndTheNextPlaceIsSkipped() {
		var bulletin = bulletin("97.00", "97.00", "95.00", "94.00");
		assertThat(bulletin.places()).extracting(Bulletin.Place::rank).containsExactly(1, 3);
		assertThat(text(ZH).summaryTop(bulletin)).isEqualTo("本期排名前三位的单位：并列第一名：单位1、单位2（97.00 分）；第三名：单位3（95.00 分）。");
		assertThat(text(Locale.ENGLISH).summaryTop(bulletin)).contains("joint 1st: Unit 1, Unit 2 (97.00 points)");
		assertThat(bulletin.topTied()).isTrue();
	}

	@Test
	void fourUnitsTiedForFirstAreNotCalledTheTopThree() {
		var bulletin = bulletin("100.00", "100.00", "100.00", "100.00", "80.00");
		assertThat(text(ZH).summaryTop(bulletin)).isEqualTo("本期排名前三位的单位（含并列）共 4 个：并列第一名：单位1、单位2、单位3、单位4（100.00 分）。");
	}

	@Test
	void fewerThanThreeScoredAreTheRankingNotATopThree() {
		var bulletin = bulletin("90.00", "80.00");
		assertThat(text(ZH).summaryTop(bulletin)).isEqualTo("本期排名：第一名：单位1（90.00 分）；第二名：单位2（80.00 分）。");
		assertThat(text(ZH).summaryTop(bulletin(new String[0]))).isEqualTo("本期各单位均无得分。");
	}

	@Test
	void anUnscoredUnitHasNoRank() {
		var bulletin = bulletin("90.00", null);
		var table = bulletin.table();
		assertThat(text(ZH).rankCell(table, table.rows().get(1))).isEqualTo("—");
		assertThat(table.tied(table.rows().get(1))).isFalse();
	}

	private BulletinText text(Locale locale) {
		return new BulletinText(this.messages, locale);
	}

	/**
	 * Units 1, 2, … with these scores (null: not scored), ranked as the application
	 * ranks.
	 */
	private static Bulletin bulletin(String... scores) {
		List<UnitView> units = new ArrayList<>();
		List<BigDecimal> totals = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			units.add(new UnitView((long) i + 1, "u" + (i + 1), "单位" + (i + 1), "Unit " + (i + 1), UnitLevel.CITY, 0L,
					"/r/u" + (i + 1) + "/", null, null));
			totals.add((scores[i] != null) ? new BigDecimal(scores[i]) : null);
		}
		var rows = Ranking.of(units, u -> totals.get(units.indexOf(u)))
			.stream()
			.map(r -> new RankingTable.Row(r.rank(), r.entry(),
					new Scoring.Score(totals.get(units.indexOf(r.entry())), List.of(), false), null, null))
			.toList();
		return Bulletin.of(new RankingTable(null, new ScoreSpan(2026, 11), null, List.of(), rows, 50));
	}

	private static ResourceBundleMessageSource messages() {
		var source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
