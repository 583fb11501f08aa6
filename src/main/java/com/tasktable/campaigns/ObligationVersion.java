package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What an obligation asks from {@code validFrom} on; earlier periods keep being judged by
 * earlier versions.
 */
@Entity
@Table(name = "obligation_version")
class ObligationVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "obligation_id")
	private Obligation obligation;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	private String title;

	@Column(name = "title_en")
	private String titleEn;

	private String text;

	@Column(name = "text_en")
	private String textEn;

	@Enumerated(EnumType.STRING)
	private ObligationKind kind;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	@Column(name = "min_count")
	private Integer minCount;

	@Column(name = "max_count")
	private Integer maxCount;

	@Column(name = "yearly_target")
	private Integer yearlyTarget;

	private LocalDate deadline;

	@Column(name = "deadline_month")
	private Integer deadlineMonth;

	@Column(name = "deadline_day")
	private Integer deadlineDay;

	@Column(name = "event_month")
	private Integer eventMonth;

	@Column(name = "event_day")
	private Integer eventDay;

	@Column(name = "window_days_before")
	private Integer windowDaysBefore;

	@Column(name = "window_days_after")
	private Integer windowDaysAfter;

	@Column(name = "metric_target")
	private BigDecimal metricTarget;

	@Column(name = "metric_unit")
	private String metricUnit;

	@Column(name = "coverage_categories")
	private String[] coverageCategories = new String[0];

	private BigDecimal weight = BigDecimal.ZERO;

	@Enumerated(EnumType.STRING)
	@Column(name = "score_mode")
	private ScoreMode scoreMode;

	@Version
	private long version;

	protected ObligationVersion() {
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	BigDecimal getWeight() {
		return this.weight;
	}

	/**
	 * A new version of {@code owner} from {@code from} (to {@code to}, exclusive, or
	 * open), asking what {@code terms} say; the weight is carried over by the caller.
	 */
	static ObligationVersion of(Obligation owner, LocalDate from, LocalDate to, ObligationTerms terms,
			BigDecimal weight) {
		var created = new ObligationVersion();
		created.obligation = owner;
		created.validFrom = from;
		created.validTo = to;
		created.weight = (weight != null) ? weight : BigDecimal.ZERO;
		created.apply(terms);
		return created;
	}

	/**
	 * Takes over what {@code terms} ask (texts, kind and numbers); the dates and the
	 * weight stay.
	 */
	void apply(ObligationTerms terms) {
		this.title = terms.title();
		this.titleEn = terms.titleEn();
		this.text = terms.text();
		this.textEn = terms.textEn();
		this.kind = terms.kind();
		this.frequency = terms.frequency();
		this.minCount = terms.minCount();
		this.maxCount = terms.maxCount();
		this.yearlyTarget = terms.yearlyTarget();
		this.deadline = terms.deadline();
		this.deadlineMonth = terms.deadlineMonth();
		this.deadlineDay = terms.deadlineDay();
		this.eventMonth = terms.eventMonth();
		this.eventDay = terms.eventDay();
		this.windowDaysBefore = terms.windowDaysBefore();
		this.windowDaysAfter = terms.windowDaysAfter();
		this.metricTarget = terms.metricTarget();
		this.metricUnit = terms.metricUnit();
		this.coverageCategories = terms.coverageCategories().toArray(String[]::new);
		this.scoreMode = terms.scoreMode();
	}

	void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	ObligationTerms toTerms() {
		return ObligationTerms.builder()
			.validFrom(this.validFrom)
			.validTo(this.validTo)
			.title(this.title)
			.titleEn(this.titleEn)
			.text(this.text)
			.textEn(this.textEn)
			.kind(this.kind)
			.frequency(this.frequency)
			.minCount(this.minCount)
			.maxCount(this.maxCount)
			.yearlyTarget(this.yearlyTarget)
			.deadline(this.deadline)
			.deadlineMonth(this.deadlineMonth)
			.deadlineDay(this.deadlineDay)
			.eventMonth(this.eventMonth)
			.eventDay(this.eventDay)
			.windowDaysBefore(this.windowDaysBefore)
			.windowDaysAfter(this.windowDaysAfter)
			.metricTarget(this.metricTarget)
			.metricUnit(this.metricUnit)
			.coverageCategories(List.of(this.coverageCategories))
			.weight(this.weight)
			.scoreMode(this.scoreMode)
			.build();
	}

	/** The same version, of a detached copy of its obligation. */
	ObligationVersion copyFor(Obligation owner) {
		var copy = new ObligationVersion();
		copy.obligation = owner;
		copy.validFrom = this.validFrom;
		copy.validTo = this.validTo;
		copy.title = this.title;
		copy.titleEn = this.titleEn;
		copy.text = this.text;
		copy.textEn = this.textEn;
		copy.kind = this.kind;
		copy.frequency = this.frequency;
		copy.minCount = this.minCount;
		copy.maxCount = this.maxCount;
		copy.yearlyTarget = this.yearlyTarget;
		copy.deadline = this.deadline;
		copy.deadlineMonth = this.deadlineMonth;
		copy.deadlineDay = this.deadlineDay;
		copy.eventMonth = this.eventMonth;
		copy.eventDay = this.eventDay;
		copy.windowDaysBefore = this.windowDaysBefore;
		copy.windowDaysAfter = this.windowDaysAfter;
		copy.metricTarget = this.metricTarget;
		copy.metricUnit = this.metricUnit;
		copy.coverageCategories = this.coverageCategories.clone();
		copy.weight = this.weight;
		copy.scoreMode = this.scoreMode;
		return copy;
	}

}
