package com.tasktable.dashboards.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.tasktable.dashboards.Trends;

import org.springframework.context.MessageSource;

/**
 * What the trends page's two charts draw, as the data their script reads (static/js/
 * trends.js; the page's Content-Security-Policy allows no inline script). Names and
 * labels are in the reader's language here, so the script holds no text of its own.
 */
final class TrendsCharts {

	private TrendsCharts() {
	}

	/** The ranking's bars, best first. */
	static Map<String, Object> ranking(Trends.Ranking ranking, MessageSource messages, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("names", ranking.places().stream().map(p -> p.unit().displayName(locale)).toList());
		chart.put("values", ranking.places().stream().map(Trends.Place::percent).toList());
		chart.put("labels", ranking.places().stream().map(p -> percent(p.percent())).toList());
		if (ranking.average() != null) {
			chart.put("average", ranking.average());
			chart.put("averageLabel",
					messages.getMessage("trends.averageOf", new Object[] { percent(ranking.average()) }, locale));
		}
		return chart;
	}

	/**
	 * One unit's line and the average's, quarter by quarter, the running quarter marked.
	 */
	static Map<String, Object> comparison(Trends.Comparison comparison, MessageSource messages, Locale locale) {
		List<Trends.Point> points = comparison.points();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("quarters", points.stream().map(p -> quarterLabel(p.quarter(), messages, locale)).toList());
		chart.put("unit", Map.of("name", comparison.unit().displayName(locale), "values",
				points.stream().map(p -> nullable(p.percent())).toList()));
		chart.put("average", Map.of("name", messages.getMessage("trends.average", null, locale), "values",
				points.stream().map(p -> nullable(p.average())).toList()));
		chart.put("running", points.stream().map(p -> p.quarter().running()).toList().indexOf(true));
		chart.put("runningLabel", messages.getMessage("trends.running", null, locale));
		return chart;
	}

	/** {@code 2026-Q3}, or {@code 2026-Q4（进行中）} while it runs. */
	static String quarterLabel(Trends.Quarter quarter, MessageSource messages, Locale locale) {
		return quarter.running() ? messages.getMessage("trends.quarterRunning", new Object[] { quarter.key() }, locale)
				: quarter.key();
	}

	/** As the tables print it: {@code 50.0%}, or "—" without a figure. */
	private static String percent(BigDecimal value) {
		return (value != null) ? value.toPlainString() + "%" : "—";
	}

	/**
	 * ECharts' mark of a missing point, where nothing was decided: the line breaks there.
	 */
	private static Object nullable(BigDecimal value) {
		return (value != null) ? value : "-";
	}

}
