/**
 * Scoring and rankings (document 003: 100 points, item by item, a ranking every month and
 * an overall one every year): a unit's score for a month or a year, explained item by
 * item; rankings of sibling units with shared ranks and the movement since the previous
 * month; the monthly bulletin (通报) as a page, .xlsx and PDF; the weights page; and
 * {@code GET /api/v1/rankings}. The rules are plain Java next to the engine
 * ({@code compliance.Scoring}, {@code compliance.Ranking}); this module loads the facts
 * in a constant number of statements and presents the results. It owns no tables: weights
 * are the obligations' (campaigns module).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "campaigns", "dashboards", "units", "users", "compliance", "platform" })
package com.tasktable.scoring;
