package com.tasktable.compliance;

/** The kinds judged by what reviewers do: directives and assessments. */
final class ReviewRules {

	private ReviewRules() {
	}

	/**
	 * DIRECTIVE: the directives whose deadline falls in the period. Any overdue one makes
	 * it MISSED (its own deadline is over, whatever the period's); any still open, DUE;
	 * all done but some late, MET_LATE; all on time, MET. With none due, nothing was
	 * asked. On time means done on or before the deadline day, in the campaign's zone. No
	 * grace days: a directive is done when its unit says so, not logged afterwards.
	 */
	static Judgement directives(Case c) {
		int onTime = 0;
		int late = 0;
		int overdue = 0;
		int open = 0;
		for (var directive : c.facts().directives()) {
			if (!c.period().contains(directive.deadline())) {
				continue;
			}
			if (directive.doneOn() != null) {
				if (directive.doneOn().isAfter(directive.deadline())) {
					late++;
				}
				else {
					onTime++;
				}
			}
			else if (c.today().isAfter(directive.deadline())) {
				overdue++;
			}
			else {
				open++;
			}
		}
		int due = onTime + late + overdue + open;
		Status status;
		if (due == 0) {
			status = Status.NOT_APPLICABLE;
		}
		else if (overdue > 0) {
			status = Status.MISSED;
		}
		else if (open > 0) {
			status = Status.DUE;
		}
		else {
			status = (late > 0) ? Status.MET_LATE : Status.MET;
		}
		return new Judgement(status, onTime + late, 0, due, new Progress.Directives(onTime, late, overdue, open));
	}

	/**
	 * ASSESSMENT: once a reviewer has rated the period, MET with a rating of at least the
	 * pass mark ({@link ComplianceSettings#passMark}), MISSED below it (the score still
	 * earns rating / 100: scoring reads the rating, not the status); DUE until rated,
	 * also after the period, because the missing step is the reviewer's and not the
	 * unit's.
	 */
	static Judgement assessment(Case c) {
		var rating = c.facts().ratings().get(c.period());
		var status = (rating == null) ? Status.DUE : (rating >= c.settings().passMark()) ? Status.MET : Status.MISSED;
		return new Judgement(status, (rating != null) ? 1 : 0, 0, 1, new Progress.Rating(rating));
	}

}
