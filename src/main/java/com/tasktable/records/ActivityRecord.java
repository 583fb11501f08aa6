package com.tasktable.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "activity_record")
class ActivityRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "obligation_id")
	private Long obligationId;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "activity_date")
	private LocalDate activityDate;

	private String title;

	private String details;

	private String links;

	private String outlet;

	private String participants;

	private BigDecimal value;

	@Column(name = "coverage_category")
	private String coverageCategory;

	@Enumerated(EnumType.STRING)
	private RecordState state = RecordState.PENDING;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected ActivityRecord() {
	}

	ActivityRecord(Long obligationId, Long unitId, RecordDraft draft, Long createdBy, Instant now) {
		this.obligationId = obligationId;
		this.unitId = unitId;
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(draft, now);
	}

	/**
	 * Replaces what the person may change; unit, obligation, author and state stay as
	 * they are.
	 */
	void apply(RecordDraft draft, Instant now) {
		this.activityDate = draft.activityDate();
		this.title = draft.title();
		this.details = draft.details();
		this.links = draft.links().isEmpty() ? null : String.join("\n", draft.links());
		this.outlet = draft.outlet();
		this.participants = draft.participants();
		this.value = draft.value();
		this.coverageCategory = draft.category();
		this.updatedAt = now;
	}

	/**
	 * A reviewer's decision on a pending record: APPROVED is final, RETURNED goes back to
	 * the reporter to fix and resubmit.
	 */
	void decide(RecordState decision, Instant now) {
		if (this.state != RecordState.PENDING) {
			throw new IllegalStateException("Only pending records are decided: " + this.id + " is " + this.state);
		}
		if (decision != RecordState.APPROVED && decision != RecordState.RETURNED) {
			throw new IllegalArgumentException("Not a decision: " + decision);
		}
		this.state = decision;
		this.updatedAt = now;
	}

	/**
	 * A returned record that the reporter fixed goes back to review.
	 * @return whether it was a resubmission
	 */
	boolean resubmit() {
		if (this.state == RecordState.RETURNED) {
			this.state = RecordState.PENDING;
			return true;
		}
		return false;
	}

	void withdraw(Instant now) {
		this.state = RecordState.WITHDRAWN;
		this.updatedAt = now;
	}

	/**
	 * The reporter may still change it: pending records, and returned ones (to fix and
	 * resubmit them); approved ones are final.
	 */
	boolean isEditable() {
		return this.state == RecordState.PENDING || this.state == RecordState.RETURNED;
	}

	RecordDraft toDraft() {
		return new RecordDraft(this.activityDate, this.title, this.details,
				(this.links != null) ? List.of(this.links.split("\n")) : List.of(), this.outlet, this.participants,
				this.value, this.coverageCategory);
	}

	Long getId() {
		return this.id;
	}

	Long getObligationId() {
		return this.obligationId;
	}

	Long getUnitId() {
		return this.unitId;
	}

	LocalDate getActivityDate() {
		return this.activityDate;
	}

	RecordState getState() {
		return this.state;
	}

	Long getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

	RecordSummary toSummary() {
		return new RecordSummary(this.id, this.obligationId, this.unitId, this.activityDate, this.title, this.state,
				this.createdAt);
	}

}
