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
import jakarta.persistence.Version;

/** A reviewer's rating of a unit on an ASSESSMENT obligation for one period (row 4). */
@Entity
@Table(name = "rating")
class Rating {

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

	private int score;

	private String comment;

	@Column(name = "rated_by")
	private Long ratedBy;

	@Column(name = "rated_at")
	private Instant ratedAt;

	@Version
	private long version;

	protected Rating() {
	}

	Rating(Long unitId, Long obligationId, Period period) {
		this.unitId = unitId;
		this.obligationId = obligationId;
		this.frequency = period.frequency();
		this.periodStart = period.start();
		this.periodEnd = period.end();
	}

	void rate(int score, String comment, Long ratedBy, Instant ratedAt) {
		this.score = score;
		this.comment = comment;
		this.ratedBy = ratedBy;
		this.ratedAt = ratedAt;
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

	int getScore() {
		return this.score;
	}

	String getComment() {
		return this.comment;
	}

	Instant getRatedAt() {
		return this.ratedAt;
	}

	long getVersion() {
		return this.version;
	}

}
