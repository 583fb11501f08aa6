package com.tasktable.compliance;

/**
 * The numbers the rules need that the source documents do not give (see
 * docs/compliance-rules.md, "Statuses", for why these defaults).
 *
 * @param lateAfterDays a record logged more than this many days after its period's end
 * (or its deadline) is late: the campaign's {@code late_after_days}
 * @param dailyCoveragePercent a daily-activity period is met when at least this share of
 * its days, rounded up to whole days, has an approved update
 * @param lateCreditPercent what a period met late is worth in a compliance percentage,
 * out of the 100 a period met on time is worth
 * @param passMark the least rating (0–100) that meets an assessment: a lower one is
 * MISSED, though its score still earns rating / 100
 */
public record ComplianceSettings(int lateAfterDays, int dailyCoveragePercent, int lateCreditPercent, int passMark) {

	/** The pass mark when none is configured ({@code app.compliance.pass-mark}). */
	public static final int DEFAULT_PASS_MARK = 60;

	/**
	 * 10 days' grace, 90% of the days for daily activity, half credit when late, a pass
	 * mark of 60.
	 */
	public static final ComplianceSettings DEFAULTS = new ComplianceSettings(10, 90, 50, DEFAULT_PASS_MARK);

	public ComplianceSettings {
		if (lateAfterDays < 0) {
			throw new IllegalArgumentException("lateAfterDays must not be negative: " + lateAfterDays);
		}
		if (dailyCoveragePercent < 1 || dailyCoveragePercent > 100) {
			throw new IllegalArgumentException("dailyCoveragePercent must be 1..100: " + dailyCoveragePercent);
		}
		if (lateCreditPercent < 0 || lateCreditPercent > 100) {
			throw new IllegalArgumentException("lateCreditPercent must be 0..100: " + lateCreditPercent);
		}
		if (passMark < 0 || passMark > 100) {
			throw new IllegalArgumentException("passMark must be 0..100: " + passMark);
		}
	}

	/** With the default pass mark. */
	public ComplianceSettings(int lateAfterDays, int dailyCoveragePercent, int lateCreditPercent) {
		this(lateAfterDays, dailyCoveragePercent, lateCreditPercent, DEFAULT_PASS_MARK);
	}

	/** The campaign's grace days with the other defaults. */
	public static ComplianceSettings lateAfter(int lateAfterDays) {
		return new ComplianceSettings(lateAfterDays, DEFAULTS.dailyCoveragePercent, DEFAULTS.lateCreditPercent);
	}

	/** The same settings with another pass mark for ratings. */
	public ComplianceSettings withPassMark(int passMark) {
		return new ComplianceSettings(this.lateAfterDays, this.dailyCoveragePercent, this.lateCreditPercent, passMark);
	}

}
