package com.tasktable.records;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A submission token already used: the second click or resend of a form finds the first
 * result.
 */
@Entity
@Table(name = "form_submission")
class FormSubmission {

	@Id
	private UUID token;

	@Column(name = "user_id")
	private Long userId;

	@Column(name = "record_id")
	private Long recordId;

	@Column(name = "created_at")
	private Instant createdAt;

	protected FormSubmission() {
	}

	FormSubmission(UUID token, Long userId, Instant now) {
		this.token = token;
		this.userId = userId;
		this.createdAt = now;
	}

	Long getUserId() {
		return this.userId;
	}

	Long getRecordId() {
		return this.recordId;
	}

	void setRecordId(Long recordId) {
		this.recordId = recordId;
	}

}
