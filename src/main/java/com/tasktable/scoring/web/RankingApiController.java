package com.tasktable.scoring.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.platform.ValidMonth;
import com.tasktable.platform.ValidYear;
import com.tasktable.scoring.RankingTable;
import com.tasktable.scoring.Scores;
import com.tasktable.units.UnitScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/rankings")
@Tag(name = "Rankings", description = "Scores out of 100 and rankings of the units below the caller's unit")
class RankingApiController {

	private final Scores scores;

	private final ScoringParams params;

	RankingApiController(Scores scores, ScoringParams params) {
		this.scores = scores;
		this.params = params;
	}

	@GetMapping
	@Operation(summary = "The ranking of the units directly below the caller's unit for a month or a year",
			description = "The same numbers as the rankings page and the bulletin: each unit's rank (shared by equal "
					+ "scores, null without a score), its score out of 100 and the points it lost per obligation code "
					+ "(items not scored are left out and re-weighted; see docs/compliance-rules.md, Scoring).")
	@ApiResponse(responseCode = "200", description = "The ranking")
	@ApiResponse(responseCode = "400",
			description = "A parameter malformed or out of range (a year outside the campaign too), named in `parameter`",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No or bad credentials",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "Campaign unknown or outside the caller's scope",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	RankingResponse rankings(
			@Parameter(description = "Campaign code; default the one running today") @RequestParam(
					required = false) String campaign,
			@Parameter(
					description = "Year, within the campaign (else 400); default the last month that is over") @RequestParam(
							required = false) @ValidYear Integer year,
			@Parameter(description = "Month 1-12 (else 400); without it, the whole year") @RequestParam(
					required = false) @ValidMonth Integer month,
			@Parameter(hidden = true) UnitScope scope) {
		var chosen = this.params.campaign(scope, campaign);
		var span = this.params.span(chosen, year, month);
		return RankingResponse.of(this.scores.ranking(scope, chosen.code(), span));
	}

	/**
	 * A ranking.
	 *
	 * @param campaign campaign code
	 * @param year the year
	 * @param month the month, null for the year
	 * @param lateCreditPercent what a late period earned
	 * @param rows best first
	 */
	record RankingResponse(String campaign, int year, Integer month, int lateCreditPercent, List<RankingRow> rows) {

		static RankingResponse of(RankingTable table) {
			return new RankingResponse(table.campaign().code(), table.span().year(), table.span().month(),
					table.lateCreditPercent(), table.rows().stream().map(RankingRow::of).toList());
		}

	}

	/**
	 * One unit.
	 *
	 * @param rank 1 for the best, shared by ties; null without a score
	 * @param unit unit code
	 * @param unitName unit name (Chinese)
	 * @param score out of 100, 2 decimals; null without a score
	 * @param previousRank rank in the previous month, when monthly
	 * @param movement places gained since then (negative: lost)
	 * @param lost points lost per obligation code (scored items only)
	 */
	record RankingRow(Integer rank, String unit, String unitName, BigDecimal score, Integer previousRank,
			Integer movement, Map<String, BigDecimal> lost) {

		static RankingRow of(RankingTable.Row row) {
			Map<String, BigDecimal> lost = new LinkedHashMap<>();
			for (var item : row.score().items()) {
				if (item.lost() != null) {
					lost.put(item.code(), item.lost());
				}
			}
			return new RankingRow(row.rank(), row.unit().code(), row.unit().name(), row.total(), row.previousRank(),
					row.movement(), lost);
		}

	}

}
