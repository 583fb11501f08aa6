package com.tasktable.review;

import java.time.Instant;
import java.time.LocalDate;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reviewer exempted a unit from an obligation for one period. */
@Entity
@Table(name = "exemption")
class Exemption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "obligation_id")
	private Long obligationId;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "period_end")
	private LocalDate periodEnd;

	private String reason;

	@Column(name = "granted_by")
	private Long grantedBy;

	@Column(name = "granted_at")
	private Instant grantedAt;

	protected Exemption() {
	}

	Exemption(Long unitId, Long obligationId, Period period, String reason, Long grantedBy, Instant grantedAt) {
		this.unitId = unitId;
		this.obligationId = obligationId;
		this.frequency = period.frequency();
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.reason = reason;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
	}

	Long getId() {
		return this.id;
	}

	Long getUnitId() {
		return this.unitId;
	}

	Long getObligationId() {
		return this.obligationId;
	}

	Period getPeriod() {
		return new Period(this.frequency, this.periodStart, this.periodEnd);
	}

	String getReason() {
		return this.reason;
	}

	Instant getGrantedAt() {
		return this.grantedAt;
	}

}
