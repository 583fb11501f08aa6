package com.tasktable.bulletins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.scoring.Bulletin;
import com.tasktable.scoring.BulletinIssue;
import com.tasktable.scoring.BulletinText;
import com.tasktable.scoring.RankingTable;

/**
 * Everything the page needs to draw a bulletin exactly as issued: its texts in the
 * language of issue (Chinese), the table's headers, and the rows with their figures as
 * the page shows them. Stored as JSON next to the PDF and the workbook; the live preview
 * is drawn from the same shape.
 *
 * @param campaignCode the campaign
 * @param year the year
 * @param month 1–12, null for the year
 * @param periodStart first day covered
 * @param periodEnd last day covered
 * @param title the heading
 * @param issue the number, issuing unit and date line; null before publication
 * @param period the period line
 * @param summaryTop the top three
 * @param summaryMissed the units that missed items
 * @param note what a late period earned
 * @param headers the table's first four headers: rank, unit, score, movement
 * @param lossColumns the items on which some unit lost points
 * @param rows the ranking, best first
 * @param masthead the heading and signature of an official notice; null before
 * publication and in bulletins issued before it was added, which show {@code issue}
 */
public record BulletinSnapshot(String campaignCode, int year, Integer month, LocalDate periodStart, LocalDate periodEnd,
		String title, String issue, String period, String summaryTop, String summaryMissed, String note,
		List<String> headers, List<Column> lossColumns, List<Row> rows, Masthead masthead) {

	static BulletinSnapshot of(Bulletin bulletin, BulletinText text, BulletinIssue issue) {
		var table = bulletin.table();
		var span = table.span();
		List<Column> columns = new ArrayList<>();
		for (var column : bulletin.lossColumns()) {
			columns.add(new Column(column.code(), text.get("bulletin.lostOn", column.code())));
		}
		return new BulletinSnapshot(table.campaign().code(), span.year(), span.month(), span.period().start(),
				span.period().end(), text.title(bulletin), (issue != null) ? text.issue(issue) : null,
				text.period(bulletin), text.summaryTop(bulletin), text.summaryMissed(bulletin), text.note(bulletin),
				List.of(text.get("scoring.rank"), text.get("unit.name"), text.get("scoring.score"),
						text.get("scoring.movement")),
				columns, rowsOf(table, text),
				(issue != null) ? new Masthead(issue.issuingUnit(), issue.number(), text.issuedOn(issue)) : null);
	}

	/** The ranking's rows as a bulletin stores them (also today's, to compare). */
	static List<Row> rowsOf(RankingTable table, BulletinText text) {
		List<Row> rows = new ArrayList<>();
		for (var row : table.rows()) {
			Map<String, String> lost = new LinkedHashMap<>();
			for (var item : row.score().items()) {
				if (item.lost() != null) {
					lost.put(item.code(), item.lost().toPlainString());
				}
			}
			rows.add(new Row(row.rank(), row.unit().id(), row.unit().code(), row.unit().name(),
					(row.total() != null) ? row.total().toPlainString() : null, row.previousRank(), row.movement(),
					lost, text.rankCell(table, row)));
		}
		return rows;
	}

	/** Whether {@code year} and {@code month} say a year's bulletin. */
	public boolean yearly() {
		return this.month == null;
	}

	/** {@code 2026-11} or {@code 2026}. */
	public String periodKey() {
		return (this.month != null) ? "%d-%02d".formatted(this.year, this.month) : Integer.toString(this.year);
	}

	/**
	 * What makes the bulletin read as an official notice: the issuing unit over its
	 * document number at the top, the unit and the date of issue as its signature.
	 *
	 * @param issuingUnit the issuing unit's name as it was on the day of issue
	 * @param number the document number, e.g. {@code 桂环宣〔2026〕11号}
	 * @param issuedOn the date of issue as the notice writes it, e.g. {@code 2026年12月5日}
	 */
	public record Masthead(String issuingUnit, String number, String issuedOn) {
	}

	/**
	 * An item on which some unit lost points.
	 *
	 * @param code the obligation code
	 * @param heading its column heading
	 */
	public record Column(String code, String heading) {
	}

	/**
	 * One ranked unit, its figures as plain decimals.
	 *
	 * @param rank shared by equal scores; null without a score
	 * @param unitId the unit
	 * @param unitCode its code
	 * @param unitName its (Chinese) name
	 * @param score out of 100, null without a score
	 * @param previousRank rank in the month (year) before
	 * @param movement places gained since then
	 * @param lost points lost per scored item code
	 * @param rankText the rank as the table shows it ("3（并列）" when shared); null in
	 * bulletins issued before ties were worded, which show the number
	 */
	public record Row(Integer rank, Long unitId, String unitCode, String unitName, String score, Integer previousRank,
			Integer movement, Map<String, String> lost, String rankText) {

		/** The points lost on the item, as the table shows them: blank when none. */
		public String lostCell(String code) {
			var value = this.lost.get(code);
			return (value != null && new BigDecimal(value).signum() > 0) ? value : "";
		}

		/** The score as the table shows it. */
		public String scoreCell() {
			return (this.score != null) ? this.score : "—";
		}

		/** The rank as the table shows it. */
		public String rankCell() {
			if (this.rankText != null) {
				return this.rankText;
			}
			return (this.rank != null) ? this.rank.toString() : "—";
		}

	}

}
