package com.tasktable.records;

import java.time.LocalDate;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.Period;

/**
 * An obligation a reporter is about to log a record for.
 *
 * @param obligation the obligation with all its versions
 * @param campaign its campaign
 * @param today today in the campaign's zone
 */
public record LoggingTarget(ObligationView obligation, CampaignView campaign, LocalDate today) {

	/** The version in force today, or on the campaign's last day once it has ended. */
	public ObligationTerms terms() {
		return this.obligation.termsOn(this.campaign.clamp(this.today));
	}

	/**
	 * The label of the record's date: as of (a reading), done on (a milestone), or held
	 * on.
	 */
	public String dateLabel() {
		return switch (kind()) {
			case METRIC_TARGET -> "record.asOfDate";
			case MILESTONE -> "record.doneDate";
			default -> "record.activityDate";
		};
	}

	/** A reading is a value against the target. */
	public boolean asksValue() {
		return kind() == ObligationKind.METRIC_TARGET;
	}

	/** A coverage record names the category it covers. */
	public boolean asksCategory() {
		return kind() == ObligationKind.COVERAGE;
	}

	/** Where and with how many people: for activities, not for readings or milestones. */
	public boolean asksOutletAndParticipants() {
		return kind() != ObligationKind.METRIC_TARGET && kind() != ObligationKind.MILESTONE;
	}

	/** The label of the details: a milestone's proof, or an activity's details. */
	public String detailsLabel() {
		return (kind() == ObligationKind.MILESTONE) ? "record.proof" : "record.details";
	}

	/** A title is asked of every kind but a reading (whose value says it). */
	public boolean titleRequired() {
		return kind() != ObligationKind.METRIC_TARGET;
	}

	/**
	 * The period a record dated {@code day} would count for: the one of the cycle of the
	 * version in force that day which holds it; null with no day or one outside the
	 * campaign.
	 */
	public Period periodFor(LocalDate day) {
		if (day == null || !this.campaign.isRunningOn(day)) {
			return null;
		}
		return RecordTimeRules.periodOf(this.obligation.termsOn(day), day);
	}

	private ObligationKind kind() {
		return terms().kind();
	}

}
