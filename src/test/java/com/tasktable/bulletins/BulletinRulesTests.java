package com.tasktable.bulletins;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publishing rules as worked examples: which periods a bulletin scores, their grace
 * days, the document number, and how today's figures are compared with the issued ones.
 */
class BulletinRulesTests {

	static final Period NOVEMBER = Frequency.MONTH.periodContaining(LocalDate.of(2026, 11, 1));

	static final Period DECEMBER = Frequency.MONTH.periodContaining(LocalDate.of(2026, 12, 1));

	static final Period YEAR = Frequency.YEAR.periodContaining(LocalDate.of(2026, 1, 1));

	@Test
	void aMonthsBulletinScoresThePeriodsThatEndInIt() {
		assertThat(BulletinPeriods.endingWithin(Frequency.MONTH, NOVEMBER)).containsExactly(NOVEMBER);
		// ISO weeks ending on the Sundays of November 2026: the 1st, 8th, 15th, 22nd and
		// 29th
		assertThat(BulletinPeriods.endingWithin(Frequency.WEEK, NOVEMBER)).extracting(Period::end)
			.containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 15),
					LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 29));
		assertThat(BulletinPeriods.endingWithin(Frequency.QUARTER, NOVEMBER)).isEmpty();
		assertThat(BulletinPeriods.endingWithin(Frequency.QUARTER, DECEMBER)).extracting(Period::start)
			.containsExactly(LocalDate.of(2026, 10, 1));
		assertThat(BulletinPeriods.endingWithin(Frequency.YEAR, NOVEMBER)).isEmpty();
		assertThat(BulletinPeriods.endingWithin(Frequency.YEAR, DECEMBER)).containsExactly(YEAR);
		assertThat(BulletinPeriods.endingWithin(Frequency.TWO_MONTHS, NOVEMBER)).isEmpty();
	}

	@Test
	void aYearsBulletinScoresEveryPeriodEndingInTheYear() {
		assertThat(BulletinPeriods.endingWithin(Frequency.MONTH, YEAR)).hasSize(12);
		assertThat(BulletinPeriods.endingWithin(Frequency.QUARTER, YEAR)).hasSize(4);
		assertThat(BulletinPeriods.endingWithin(Frequency.YEAR, YEAR)).containsExactly(YEAR);
		// the week of 2025-12-29 to 2026-01-04 ends in 2026; the one ending 2027-01-03
		// does not
		var weeks = BulletinPeriods.endingWithin(Frequency.WEEK, YEAR);
		assertThat(weeks.get(0).end()).isEqualTo(LocalDate.of(2026, 1, 4));
		assertThat(weeks.get(weeks.size() - 1).end()).isEqualTo(LocalDate.of(2026, 12, 27));
	}

	@Test
	void novemberIsInsideItsGraceDaysUntilTheTenthOfDecember() {
		assertThat(BulletinPeriods.graceUntil(NOVEMBER, 10)).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(BulletinPeriods.inGrace(NOVEMBER, 10, LocalDate.of(2026, 12, 5))).isTrue();
		assertThat(BulletinPeriods.inGrace(NOVEMBER, 10, LocalDate.of(2026, 12, 10))).isTrue();
		assertThat(BulletinPeriods.inGrace(NOVEMBER, 10, LocalDate.of(2026, 12, 11))).isFalse();
		assertThat(BulletinPeriods.inGrace(NOVEMBER, 0, LocalDate.of(2026, 12, 1))).isFalse();
	}

	@Test
	void theNumberFillsInTheYearAndTheSequence() {
		assertThat(BulletinNumbers.format("桂环宣〔{year}〕{seq}号", 2026, 11)).isEqualTo("桂环宣〔2026〕11号");
		assertThat(BulletinNumbers.format("第{seq}期", 2026, 3)).isEqualTo("第3期");
	}

	@Test
	void theSameFiguresAreNoDifference() {
		var rows = List.of(row(1, 1L, "95.50", Map.of("1.C.1", "0.00")), row(2, 2L, "90.00", Map.of()));
		assertThat(BulletinDifferences.between(rows, rows)).isEmpty();
		assertThat(BulletinDifferences.between(rows,
				List.of(row(1, 1L, "95.5", Map.of("1.C.1", "0")), row(2, 2L, "90.00", Map.of()))))
			.as("compared by value")
			.isEmpty();
	}

	@Test
	void everyChangedFigureIsOneDifference() {
		var published = List.of(row(1, 1L, "95.50", Map.of("1.C.1", "0.00", "2.C.1", "4.50")),
				row(2, 2L, "90.00", Map.of("1.C.1", "10.00")), row(3, 3L, "80.00", Map.of()));
		var today = List.of(row(1, 2L, "96.00", Map.of("1.C.1", "4.00")),
				row(2, 1L, "95.50", Map.of("1.C.1", "0.00", "2.C.1", "4.50")), row(3, 4L, "70.00", Map.of()));
		var differences = BulletinDifferences.between(published, today);
		assertThat(differences)
			.extracting(Difference::unitCode, Difference::figure, Difference::item, Difference::published,
					Difference::today)
			.containsExactly(Tuple.tuple("u1", "RANK", null, "1", "2"), Tuple.tuple("u2", "RANK", null, "2", "1"),
					Tuple.tuple("u2", "SCORE", null, "90.00", "96.00"),
					Tuple.tuple("u2", "LOST", "1.C.1", "10.00", "4.00"), Tuple.tuple("u3", "UNIT", null, "80.00", null),
					Tuple.tuple("u4", "UNIT", null, null, "70.00"));
	}

	@Test
	void anItemScoredOnOneSideOnlyIsADifference() {
		var differences = BulletinDifferences.between(List.of(row(1, 1L, "95.00", Map.of("1.C.1", "5.00"))),
				List.of(row(1, 1L, "95.00", Map.of("1.C.1", "5.00", "3.C.1", "0.00"))));
		assertThat(differences)
			.extracting(Difference::figure, Difference::item, Difference::published, Difference::today)
			.containsExactly(Tuple.tuple("LOST", "3.C.1", "—", "0.00"));
	}

	private static BulletinSnapshot.Row row(Integer rank, Long unitId, String score, Map<String, String> lost) {
		return new BulletinSnapshot.Row(rank, unitId, "u" + unitId, "单位" + unitId, score, null, null,
				new LinkedHashMap<>(lost), null);
	}

}
