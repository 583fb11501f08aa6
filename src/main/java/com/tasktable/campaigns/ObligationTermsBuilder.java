package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;

/**
 * Builds {@link ObligationTerms} by name: {@code ObligationTerms.builder().title(…)
 * .kind(…).build()}, or {@code terms.toBuilder().weight(…).build()} to change a field.
 * Fields not set are null (no coverage categories).
 */
public final class ObligationTermsBuilder {

	private LocalDate validFrom;

	private LocalDate validTo;

	private String title;

	private String titleEn;

	private String text;

	private String textEn;

	private ObligationKind kind;

	private Frequency frequency;

	private Integer minCount;

	private Integer maxCount;

	private Integer yearlyTarget;

	private LocalDate deadline;

	private Integer deadlineMonth;

	private Integer deadlineDay;

	private Integer eventMonth;

	private Integer eventDay;

	private Integer windowDaysBefore;

	private Integer windowDaysAfter;

	private BigDecimal metricTarget;

	private String metricUnit;

	private List<String> coverageCategories = List.of();

	private BigDecimal weight;

	private ScoreMode scoreMode;

	ObligationTermsBuilder() {
	}

	ObligationTermsBuilder(ObligationTerms terms) {
		this.validFrom = terms.validFrom();
		this.validTo = terms.validTo();
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
		this.coverageCategories = terms.coverageCategories();
		this.weight = terms.weight();
		this.scoreMode = terms.scoreMode();
	}

	public ObligationTermsBuilder validFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
		return this;
	}

	public ObligationTermsBuilder validTo(LocalDate validTo) {
		this.validTo = validTo;
		return this;
	}

	public ObligationTermsBuilder title(String title) {
		this.title = title;
		return this;
	}

	public ObligationTermsBuilder titleEn(String titleEn) {
		this.titleEn = titleEn;
		return this;
	}

	public ObligationTermsBuilder text(String text) {
		this.text = text;
		return this;
	}

	public ObligationTermsBuilder textEn(String textEn) {
		this.textEn = textEn;
		return this;
	}

	public ObligationTermsBuilder kind(ObligationKind kind) {
		this.kind = kind;
		return this;
	}

	public ObligationTermsBuilder frequency(Frequency frequency) {
		this.frequency = frequency;
		return this;
	}

	public ObligationTermsBuilder minCount(Integer minCount) {
		this.minCount = minCount;
		return this;
	}

	public ObligationTermsBuilder maxCount(Integer maxCount) {
		this.maxCount = maxCount;
		return this;
	}

	public ObligationTermsBuilder yearlyTarget(Integer yearlyTarget) {
		this.yearlyTarget = yearlyTarget;
		return this;
	}

	public ObligationTermsBuilder deadline(LocalDate deadline) {
		this.deadline = deadline;
		return this;
	}

	public ObligationTermsBuilder deadlineMonth(Integer deadlineMonth) {
		this.deadlineMonth = deadlineMonth;
		return this;
	}

	public ObligationTermsBuilder deadlineDay(Integer deadlineDay) {
		this.deadlineDay = deadlineDay;
		return this;
	}

	public ObligationTermsBuilder eventMonth(Integer eventMonth) {
		this.eventMonth = eventMonth;
		return this;
	}

	public ObligationTermsBuilder eventDay(Integer eventDay) {
		this.eventDay = eventDay;
		return this;
	}

	public ObligationTermsBuilder windowDaysBefore(Integer windowDaysBefore) {
		this.windowDaysBefore = windowDaysBefore;
		return this;
	}

	public ObligationTermsBuilder windowDaysAfter(Integer windowDaysAfter) {
		this.windowDaysAfter = windowDaysAfter;
		return this;
	}

	public ObligationTermsBuilder metricTarget(BigDecimal metricTarget) {
		this.metricTarget = metricTarget;
		return this;
	}

	public ObligationTermsBuilder metricUnit(String metricUnit) {
		this.metricUnit = metricUnit;
		return this;
	}

	public ObligationTermsBuilder coverageCategories(List<String> coverageCategories) {
		this.coverageCategories = coverageCategories;
		return this;
	}

	public ObligationTermsBuilder weight(BigDecimal weight) {
		this.weight = weight;
		return this;
	}

	public ObligationTermsBuilder scoreMode(ScoreMode scoreMode) {
		this.scoreMode = scoreMode;
		return this;
	}

	public ObligationTerms build() {
		return new ObligationTerms(this.validFrom, this.validTo, this.title, this.titleEn, this.text, this.textEn,
				this.kind, this.frequency, this.minCount, this.maxCount, this.yearlyTarget, this.deadline,
				this.deadlineMonth, this.deadlineDay, this.eventMonth, this.eventDay, this.windowDaysBefore,
				this.windowDaysAfter, this.metricTarget, this.metricUnit, this.coverageCategories, this.weight,
				this.scoreMode);
	}

}
