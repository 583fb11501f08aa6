package com.tasktable.dashboards.web;

import java.util.Optional;

import com.tasktable.dashboards.Matrix;
import com.tasktable.units.UnitLevel;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's query as its column headers need it: each header sorts by its column,
 * worst first, keeping the campaign, quarter and column filters.
 *
 * @param campaign campaign code
 * @param year the quarter's year
 * @param quarter the quarter, 1–4
 * @param level the level filter, null for all
 * @param category the category filter, null for all
 * @param sort the sort in force ({@value Matrix#BY_PERCENT} or an obligation code), null
 * for the table's order
 */
public record MatrixLinks(String campaign, int year, int quarter, UnitLevel level, String category, String sort) {

	/** The dashboard sorted by {@code key}; null keeps the table's order. */
	public String sortBy(String key) {
		return UriComponentsBuilder.fromPath("/dashboard")
			.queryParam("campaign", this.campaign)
			.queryParam("year", this.year)
			.queryParam("quarter", this.quarter)
			.queryParamIfPresent("level", Optional.ofNullable(this.level))
			.queryParamIfPresent("category", Optional.ofNullable(this.category))
			.queryParamIfPresent("sort", Optional.ofNullable(key))
			.encode()
			.toUriString();
	}

	/** The sort by completion rate. */
	public String byPercent() {
		return Matrix.BY_PERCENT;
	}

	/**
	 * The header's {@code aria-sort}: worst first reads as ascending (lowest rate, worst
	 * status first); {@code none} for the columns not sorted.
	 */
	public String ariaSort(String key) {
		boolean sorted = (key == null) ? this.sort == null : key.equals(this.sort);
		return sorted ? "ascending" : "none";
	}

}
