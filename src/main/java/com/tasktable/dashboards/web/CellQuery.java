package com.tasktable.dashboards.web;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.Quarters;
import com.tasktable.dashboards.CellDetail;
import com.tasktable.platform.ValidQuarter;
import com.tasktable.platform.ValidYear;
import com.tasktable.records.RecordFilter;
import com.tasktable.records.RecordState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The cell page's query: one unit, one obligation, one quarter, and which of its records
 * to list. Every parameter but {@code state} and {@code page} is required (else a 400).
 *
 * @param campaign campaign code
 * @param unit unit code, inside the reader's scope (else a 404)
 * @param obligation obligation id, of the unit's level (else a 404)
 * @param year the quarter's year, within the campaign
 * @param quarter 1–4
 * @param state only the records in this state; absent for every state
 * @param page the records' page, from 0
 */
public record CellQuery(@NotBlank String campaign, @NotBlank String unit, @NotNull Long obligation,
		@NotNull @ValidYear Integer year, @NotNull @ValidQuarter Integer quarter, RecordState state,
		@Min(0) @Max(MAX_PAGE) Integer page) {

	static final int PAGE_SIZE = 20;

	/** Far beyond any cell's records, and page × size stays an int. */
	static final int MAX_PAGE = 100_000;

	/** The quarter, kept inside the campaign; a year outside it is a 400. */
	Period quarterOf(CampaignView chosen) {
		chosen.requireYear("year", this.year);
		return Frequency.QUARTER.periodContaining(chosen.clamp(Quarters.period(this.year, this.quarter).start()));
	}

	int pageNumber() {
		return (this.page != null) ? this.page : 0;
	}

	/** The cell's records, in its window: the list's filter keeps the window. */
	RecordFilter records(CellDetail cell) {
		return new RecordFilter(this.campaign, this.unit, this.obligation, cell.from(), cell.to(), this.state);
	}

	/** This page again with another state (null for all) and from the first page. */
	public String withState(RecordState other) {
		return link(other, null);
	}

	/** This page again with another page of records. */
	public String toPage(int number) {
		return link(this.state, number);
	}

	private String link(RecordState chosen, Integer number) {
		var builder = UriComponentsBuilder.fromPath("/dashboard/cell")
			.queryParam("campaign", this.campaign)
			.queryParam("unit", this.unit)
			.queryParam("obligation", this.obligation)
			.queryParam("year", this.year)
			.queryParam("quarter", this.quarter);
		if (chosen != null) {
			builder.queryParam("state", chosen);
		}
		if (number != null && number > 0) {
			builder.queryParam("page", number);
		}
		return builder.encode().toUriString();
	}

}
