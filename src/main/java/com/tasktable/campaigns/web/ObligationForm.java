package com.tasktable.campaigns.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.tasktable.campaigns.ObligationTerms;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;
import com.tasktable.units.UnitLevel;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Every field of an obligation's version, for every kind, and the day it applies from.
 * The weight is not here: weights are set per level on their own page. The lock version
 * is the obligation's, as the page showed it.
 */
public class ObligationForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate appliesFrom;

	private String title;

	private String titleEn;

	private String text;

	private String textEn;

	private ObligationKind kind;

	private Frequency frequency;

	private Integer minCount;

	private Integer maxCount;

	private Integer yearlyTarget;

	private ScoreMode scoreMode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	private Integer deadlineMonth;

	private Integer deadlineDay;

	private Integer eventMonth;

	private Integer eventDay;

	private Integer windowDaysBefore;

	private Integer windowDaysAfter;

	private BigDecimal metricTarget;

	private String metricUnit;

	private List<String> coverageCategories = new ArrayList<>();

	private long version;

	/** Only for a new obligation: the unit level it applies to. */
	private UnitLevel level;

	static ObligationForm from(ObligationTerms terms, LocalDate appliesFrom, long version) {
		return ObligationFormTerms.toForm(terms, appliesFrom, version);
	}

	/** The terms as entered; blank texts become null, the weight is the service's. */
	ObligationTerms toTerms() {
		return ObligationFormTerms.toTerms(this);
	}

	public LocalDate getAppliesFrom() {
		return this.appliesFrom;
	}

	public void setAppliesFrom(LocalDate appliesFrom) {
		this.appliesFrom = appliesFrom;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

	public ObligationKind getKind() {
		return this.kind;
	}

	public void setKind(ObligationKind kind) {
		this.kind = kind;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public void setFrequency(Frequency frequency) {
		this.frequency = frequency;
	}

	public Integer getMinCount() {
		return this.minCount;
	}

	public void setMinCount(Integer minCount) {
		this.minCount = minCount;
	}

	public Integer getMaxCount() {
		return this.maxCount;
	}

	public void setMaxCount(Integer maxCount) {
		this.maxCount = maxCount;
	}

	public Integer getYearlyTarget() {
		return this.yearlyTarget;
	}

	public void setYearlyTarget(Integer yearlyTarget) {
		this.yearlyTarget = yearlyTarget;
	}

	public ScoreMode getScoreMode() {
		return this.scoreMode;
	}

	public void setScoreMode(ScoreMode scoreMode) {
		this.scoreMode = scoreMode;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public Integer getDeadlineMonth() {
		return this.deadlineMonth;
	}

	public void setDeadlineMonth(Integer deadlineMonth) {
		this.deadlineMonth = deadlineMonth;
	}

	public Integer getDeadlineDay() {
		return this.deadlineDay;
	}

	public void setDeadlineDay(Integer deadlineDay) {
		this.deadlineDay = deadlineDay;
	}

	public Integer getEventMonth() {
		return this.eventMonth;
	}

	public void setEventMonth(Integer eventMonth) {
		this.eventMonth = eventMonth;
	}

	public Integer getEventDay() {
		return this.eventDay;
	}

	public void setEventDay(Integer eventDay) {
		this.eventDay = eventDay;
	}

	public Integer getWindowDaysBefore() {
		return this.windowDaysBefore;
	}

	public void setWindowDaysBefore(Integer windowDaysBefore) {
		this.windowDaysBefore = windowDaysBefore;
	}

	public Integer getWindowDaysAfter() {
		return this.windowDaysAfter;
	}

	public void setWindowDaysAfter(Integer windowDaysAfter) {
		this.windowDaysAfter = windowDaysAfter;
	}

	public BigDecimal getMetricTarget() {
		return this.metricTarget;
	}

	public void setMetricTarget(BigDecimal metricTarget) {
		this.metricTarget = metricTarget;
	}

	public String getMetricUnit() {
		return this.metricUnit;
	}

	public void setMetricUnit(String metricUnit) {
		this.metricUnit = metricUnit;
	}

	public List<String> getCoverageCategories() {
		return this.coverageCategories;
	}

	public void setCoverageCategories(List<String> coverageCategories) {
		this.coverageCategories = coverageCategories;
	}

	public UnitLevel getLevel() {
		return this.level;
	}

	public void setLevel(UnitLevel level) {
		this.level = level;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
