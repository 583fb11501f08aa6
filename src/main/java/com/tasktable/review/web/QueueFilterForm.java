package com.tasktable.review.web;

import java.time.LocalDate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.Quarters;
import com.tasktable.platform.BadParameterException;
import com.tasktable.platform.ValidYear;
import com.tasktable.review.QueueFilter;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The queue's filters as the page sends them. */
class QueueFilterForm {

	private String unit;

	private String obligation;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	@Min(value = 0, message = "{error.parameter.minDays}")
	private Integer minDays;

	/** A month {@code 2026-10}, a quarter {@code 2026-Q3} or a year {@code 2026}. */
	private String period;

	@Min(value = 0, message = "{error.parameter.page}")
	private Integer page;

	private static final String PERIOD = "period";

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0?[1-9]|1[0-2])");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	QueueFilter toFilter() {
		var from = this.from;
		var to = this.to;
		var range = periodRange();
		if (range != null) {
			from = (from == null || from.isBefore(range.start())) ? range.start() : from;
			to = (to == null || to.isAfter(range.end())) ? range.end() : to;
		}
		return new QueueFilter(blankToNull(this.unit), blankToNull(this.obligation), from, to, this.minDays);
	}

	/**
	 * The activity dates of the period typed, or null when none; one not understood, or
	 * outside {@value ValidYear#MIN}–{@value ValidYear#MAX}, is a 400 naming
	 * {@code period}.
	 */
	Period periodRange() {
		var text = blankToNull(this.period);
		if (text == null) {
			return null;
		}
		Matcher m;
		if ((m = QUARTER.matcher(text)).matches()) {
			return Quarters.period(year(m), Integer.parseInt(m.group(2)));
		}
		if ((m = MONTH.matcher(text)).matches()) {
			return Frequency.MONTH.periodContaining(LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1));
		}
		if ((m = YEAR.matcher(text)).matches()) {
			return Frequency.YEAR.periodContaining(LocalDate.of(year(m), 1, 1));
		}
		throw new BadParameterException(PERIOD, "error.parameter.period");
	}

	private static int year(Matcher m) {
		int year = Integer.parseInt(m.group(1));
		if (year < ValidYear.MIN || year > ValidYear.MAX) {
			throw new BadParameterException(PERIOD, "error.parameter.period");
		}
		return year;
	}

	/** Whether any filter is set (the page alone is none). */
	boolean isFiltered() {
		return blankToNull(this.unit) != null || blankToNull(this.obligation) != null
				|| blankToNull(this.period) != null || this.from != null || this.to != null || this.minDays != null;
	}

	/** The page asked for, from 0. */
	int pageNumber() {
		return (this.page != null) ? this.page : 0;
	}

	/**
	 * The filters (and page) as a query string, {@code ?unit=nanning&page=1}, or empty:
	 * every action of the queue page carries it, so the reviewer comes back to the same
	 * view.
	 */
	String queryString() {
		return query(true);
	}

	/**
	 * The filters without the page, {@code ?unit=nanning}, or empty: where to go once the
	 * records a filter found were approved (they leave the queue, so the first page).
	 */
	String filterQueryString() {
		return query(false);
	}

	private String query(boolean withPage) {
		var uri = UriComponentsBuilder.newInstance();
		add(uri, "unit", blankToNull(this.unit));
		add(uri, "obligation", blankToNull(this.obligation));
		add(uri, PERIOD, blankToNull(this.period));
		add(uri, "from", this.from);
		add(uri, "to", this.to);
		add(uri, "minDays", this.minDays);
		add(uri, "page", (withPage && this.page != null && this.page > 0) ? this.page : null);
		var query = uri.encode().build().getQuery();
		return (query == null) ? "" : "?" + query;
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value.toString());
		}
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getObligation() {
		return this.obligation;
	}

	public void setObligation(String obligation) {
		this.obligation = obligation;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Integer getMinDays() {
		return this.minDays;
	}

	public void setMinDays(Integer minDays) {
		this.minDays = minDays;
	}

}
