package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.tasktable.compliance.Status;
import com.tasktable.units.UnitView;

/**
 * What a change of the task table or the weights would do to periods that are over,
 * computed as the change would apply: the matrix cells whose judgement changes, the month
 * and year scores and ranks that move, and the published bulletins it contradicts. An
 * administrator sees it before confirming such a change, and the audit entry keeps it.
 *
 * @param from the first day the change affects
 * @param cells quarter cells whose status or figures change, in unit and quarter order
 * @param scores month and year scores or ranks that change, by span then unit
 * @param contradictedBulletins published bulletins of spans whose scores change
 */
public record ChangeImpact(LocalDate from, List<Cell> cells, List<ScoreChange> scores,
		List<BulletinRef> contradictedBulletins) {

	public ChangeImpact {
		cells = List.copyOf(cells);
		scores = List.copyOf(scores);
		contradictedBulletins = List.copyOf(contradictedBulletins);
	}

	/** Nothing already judged, scored or published changes. */
	public boolean isEmpty() {
		return this.cells.isEmpty() && this.scores.isEmpty() && this.contradictedBulletins.isEmpty();
	}

	/** How many ranks move. */
	public long rankChanges() {
		return this.scores.stream().filter(ScoreChange::rankChanged).count();
	}

	/**
	 * The impact as the audit log keeps it: counts, then every changed cell, score and
	 * bulletin in one line each.
	 */
	public Map<String, Object> summary() {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("from", this.from.toString());
		summary.put("cellCount", this.cells.size());
		summary.put("scoreCount", this.scores.size());
		summary.put("rankCount", rankChanges());
		summary.put("bulletinCount", this.contradictedBulletins.size());
		summary.put("cells", this.cells.stream().map(Cell::line).toList());
		summary.put("scores", this.scores.stream().map(ScoreChange::line).toList());
		summary.put("bulletins", this.contradictedBulletins.stream().map(BulletinRef::line).toList());
		return summary;
	}

	/**
	 * A fingerprint of the impact and of the state it was computed from: a confirmation
	 * names the one its page showed, and is refused when the change would now do
	 * something else.
	 * @param state what the change starts from (the obligations' versions as stored)
	 */
	public String digest(Object state) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			sha.update(toString().getBytes(StandardCharsets.UTF_8));
			sha.update(Objects.toString(state).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One matrix cell (unit × obligation × quarter) judged differently.
	 *
	 * @param unit the unit
	 * @param code the obligation's code
	 * @param title the obligation's title (Chinese)
	 * @param titleEn its English title, may be null
	 * @param quarter the quarter's key ({@code 2020-Q3})
	 * @param before the cell's status now
	 * @param after its status after the change
	 * @param figuresBefore periods done / judged now ("2/3")
	 * @param figuresAfter periods done / judged after the change
	 */
	public record Cell(UnitView unit, String code, String title, String titleEn, String quarter, Status before,
			Status after, String figuresBefore, String figuresAfter) {

		public String displayTitle(Locale locale) {
			return ("en".equals(locale.getLanguage()) && this.titleEn != null) ? this.titleEn : this.title;
		}

		/** The dashboard colour of the status before. */
		public String beforeClass() {
			return cssClass(this.before);
		}

		/** The dashboard colour of the status after. */
		public String afterClass() {
			return cssClass(this.after);
		}

		private static String cssClass(Status status) {
			return "cell-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		String line() {
			return this.unit.code() + " " + this.code + " " + this.quarter + ": " + this.before + " "
					+ this.figuresBefore + " -> " + this.after + " " + this.figuresAfter;
		}

	}

	/**
	 * One unit's score or rank for a month or a year that changes.
	 *
	 * @param span the month ({@code 2020-07}) or the year ({@code 2020})
	 * @param unit the unit
	 * @param scoreBefore its score now, null without one
	 * @param scoreAfter its score after the change
	 * @param rankBefore its rank now among its siblings, null when unranked
	 * @param rankAfter its rank after the change
	 */
	public record ScoreChange(String span, UnitView unit, BigDecimal scoreBefore, BigDecimal scoreAfter,
			Integer rankBefore, Integer rankAfter) {

		public boolean rankChanged() {
			return !Objects.equals(this.rankBefore, this.rankAfter);
		}

		public boolean yearly() {
			return this.span.length() == 4;
		}

		public boolean scoreChanged() {
			return (this.scoreBefore == null) ? this.scoreAfter != null
					: (this.scoreAfter == null || this.scoreBefore.compareTo(this.scoreAfter) != 0);
		}

		String line() {
			return this.span + " " + this.unit.code() + ": " + this.scoreBefore + " -> " + this.scoreAfter + ", rank "
					+ this.rankBefore + " -> " + this.rankAfter;
		}

	}

	/**
	 * A published bulletin whose figures the change would contradict.
	 *
	 * @param id the bulletin's id
	 * @param number its document number ({@code 桂环宣〔2026〕11号})
	 * @param period the period it covers, as its label
	 */
	public record BulletinRef(Long id, String number, String period) {

		String line() {
			return this.number + " (" + this.period + ")";
		}

	}

}
