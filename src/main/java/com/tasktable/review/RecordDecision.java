package com.tasktable.review;

import java.time.Instant;

import com.tasktable.records.Decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a record's review history; never changed once written. */
@Entity
@Table(name = "record_decision")
class RecordDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "record_id")
	private Long recordId;

	@Enumerated(EnumType.STRING)
	private Decision action;

	private String reason;

	@Column(name = "record_version")
	private long recordVersion;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected RecordDecision() {
	}

	RecordDecision(Long recordId, Decision action, String reason, long recordVersion, Long decidedBy,
			Instant decidedAt) {
		this.recordId = recordId;
		this.action = action;
		this.reason = reason;
		this.recordVersion = recordVersion;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	Long getRecordId() {
		return this.recordId;
	}

	Decision getAction() {
		return this.action;
	}

	String getReason() {
		return this.reason;
	}

	long getRecordVersion() {
		return this.recordVersion;
	}

	Long getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}
