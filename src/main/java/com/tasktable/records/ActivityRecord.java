package com.tasktable.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

	RecordSummary toSummary() {
		return new RecordSummary(this.id, this.obligationId, this.unitId, this.activityDate, this.title, this.state,
				this.createdAt);
	}

}
