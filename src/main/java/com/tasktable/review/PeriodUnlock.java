package com.tasktable.review;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A closed period reopened by a reviewer for one unit, with a reason, possibly until a
 * day.
 */
@Entity
@Table(name = "period_unlock")
class PeriodUnlock {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "from_date")
	private LocalDate fromDate;

	@Column(name = "to_date")
	private LocalDate toDate;

	@Column(name = "open_until")
	private LocalDate openUntil;

	private String reason;

	@Column(name = "unlocked_by")
	private Long unlockedBy;

	@Column(name = "unlocked_at")
	private Instant unlockedAt;

	protected PeriodUnlock() {
	}

	PeriodUnlock(Long unitId, LocalDate fromDate, LocalDate toDate, LocalDate openUntil, String reason, Long unlockedBy,
			Instant now) {
		this.unitId = unitId;
		this.fromDate = fromDate;
		this.toDate = toDate;
		this.openUntil = openUntil;
		this.reason = reason;
		this.unlockedBy = unlockedBy;
		this.unlockedAt = now;
	}

	Long getId() {
		return this.id;
	}

	/** Reopens {@code day} for the unit on {@code today}. */
	boolean opens(LocalDate day, LocalDate today) {
		return !day.isBefore(this.fromDate) && !day.isAfter(this.toDate)
				&& (this.openUntil == null || !today.isAfter(this.openUntil));
	}

	UnlockView toView() {
		return new UnlockView(this.id, this.unitId, this.fromDate, this.toDate, this.openUntil, this.reason,
				this.unlockedAt);
	}

}
