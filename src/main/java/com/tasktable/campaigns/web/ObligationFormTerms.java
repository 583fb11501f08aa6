package com.tasktable.campaigns.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.tasktable.campaigns.ObligationTerms;

/** Between an obligation's terms and the form that edits them, field by field. */
final class ObligationFormTerms {

	private ObligationFormTerms() {
	}

	static ObligationForm toForm(ObligationTerms terms, LocalDate appliesFrom, long version) {
		var form = new ObligationForm();
		form.setAppliesFrom(appliesFrom);
		form.setTitle(terms.title());
		form.setTitleEn(terms.titleEn());
		form.setText(terms.text());
		form.setTextEn(terms.textEn());
		form.setKind(terms.kind());
		form.setFrequency(terms.frequency());
		form.setMinCount(terms.minCount());
		form.setMaxCount(terms.maxCount());
		form.setYearlyTarget(terms.yearlyTarget());
		form.setScoreMode(terms.scoreMode());
		form.setDeadline(terms.deadline());
		form.setDeadlineMonth(terms.deadlineMonth());
		form.setDeadlineDay(terms.deadlineDay());
		form.setEventMonth(terms.eventMonth());
		form.setEventDay(terms.eventDay());
		form.setWindowDaysBefore(terms.windowDaysBefore());
		form.setWindowDaysAfter(terms.windowDaysAfter());
		form.setMetricTarget(terms.metricTarget());
		form.setMetricUnit(terms.metricUnit());
		form.setCoverageCategories(new ArrayList<>(terms.coverageCategories()));
		form.setVersion(version);
		return form;
	}

	/** Blank texts become null; the weight is the service's. */
	static ObligationTerms toTerms(ObligationForm form) {
		return ObligationTerms.builder()
			.validFrom(form.getAppliesFrom())
			.title(trim(form.getTitle()))
			.titleEn(trim(form.getTitleEn()))
			.text(trim(form.getText()))
			.textEn(trim(form.getTextEn()))
			.kind(form.getKind())
			.frequency(form.getFrequency())
			.minCount(form.getMinCount())
			.maxCount(form.getMaxCount())
			.yearlyTarget(form.getYearlyTarget())
			.scoreMode(form.getScoreMode())
			.deadline(form.getDeadline())
			.deadlineMonth(form.getDeadlineMonth())
			.deadlineDay(form.getDeadlineDay())
			.eventMonth(form.getEventMonth())
			.eventDay(form.getEventDay())
			.windowDaysBefore(form.getWindowDaysBefore())
			.windowDaysAfter(form.getWindowDaysAfter())
			.metricTarget(form.getMetricTarget())
			.metricUnit(trim(form.getMetricUnit()))
			.coverageCategories((form.getCoverageCategories() != null) ? form.getCoverageCategories() : List.of())
			.build();
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
