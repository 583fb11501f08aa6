package com.tasktable.dashboards.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.Evaluation;
import com.tasktable.compliance.FigureUnit;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.QuarterCell;
import com.tasktable.compliance.Quarters;
import com.tasktable.compliance.Status;
import com.tasktable.dashboards.CellView;
import com.tasktable.dashboards.ComplianceMatrices;
import com.tasktable.dashboards.Matrix;
import com.tasktable.platform.ValidQuarter;
import com.tasktable.platform.ValidYear;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
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
@RequestMapping("/api/v1/compliance")
@Tag(name = "Compliance",
		description = "The dashboard's matrix: per unit and obligation, the quarter's status and counts")
class ComplianceApiController {

	private final ComplianceMatrices matrices;

	private final Campaigns campaigns;

	private final Units units;

	private final Clock clock;

	ComplianceApiController(ComplianceMatrices matrices, Campaigns campaigns, Units units, Clock clock) {
		this.matrices = matrices;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The compliance matrix of a quarter for the units in the caller's scope",
			description = "The same numbers as the dashboard: each unit against the obligations of its level, with "
					+ "the cell's status, what the approved and pending records make and what the quarter requires "
					+ "(each in the cell's `unit`: records, days or categories), the last day of late entries while a "
					+ "period is inside its grace days, and the unit's compliance percentage (null while no period "
					+ "of the quarter is decided). With `unit=`, each cell also lists its periods.")
	@ApiResponse(responseCode = "200", description = "The matrix")
	@ApiResponse(responseCode = "400", description = "A parameter malformed or out of range, named in `parameter`",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No or bad credentials",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "Campaign or unit unknown or outside the caller's scope",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ComplianceResponse matrix(
			@Parameter(description = "Campaign code; default the one running today") @RequestParam(
					required = false) String campaign,
			@Parameter(description = "Year of the quarter, with quarter; 2000-2100 and within the campaign, "
					+ "else 400") @RequestParam(required = false) @ValidYear Integer year,
			@Parameter(description = "Quarter 1-4 (else 400); default the current quarter, or the campaign's "
					+ "last once it ended") @RequestParam(required = false) @ValidQuarter Integer quarter,
			@Parameter(description = "Only this unit (its code); 404 outside the caller's scope") @RequestParam(
					required = false) String unit,
			@Parameter(hidden = true) UnitScope scope) {
		var filter = new MatrixFilter(campaign, year, quarter, null, null, null);
		var chosen = filter.campaignIn(this.campaigns, scope, this.clock);
		var period = filter.quarterOf(chosen, this.matrices.defaultQuarter(chosen));
		var rows = (unit != null) ? UnitScope.of(this.units.get(scope, unit)) : scope;
		var matrix = this.matrices.matrix(rows, chosen.code(), period, filter.columns());
		return ComplianceResponse.of(matrix, unit, unit != null);
	}

	@Schema(description = "A quarter's matrix")
	record ComplianceResponse(@Schema(description = "Campaign code") String campaign, ComplianceQuarter quarter,
			@Schema(description = "Today in the campaign's time zone") LocalDate today,
			@Schema(description = "Units by level (region, cities, counties), in tree order within a level, each against the obligations of its level") List<ComplianceUnit> units) {

		static ComplianceResponse of(Matrix matrix, String onlyUnit, boolean withPeriods) {
			List<ComplianceUnit> units = new ArrayList<>();
			for (var block : matrix.blocks()) {
				for (var row : block.rows()) {
					if (onlyUnit == null || onlyUnit.equals(row.unit().code())) {
						units.add(ComplianceUnit.of(block, row, withPeriods));
					}
				}
			}
			return new ComplianceResponse(matrix.campaign().code(), ComplianceQuarter.of(matrix.quarter()),
					matrix.today(), units);
		}

	}

	@Schema(description = "A calendar quarter")
	record ComplianceQuarter(int year, @Schema(description = "1-4") int quarter,
			@Schema(description = "First day") LocalDate start, @Schema(description = "Last day") LocalDate end) {

		static ComplianceQuarter of(Period quarter) {
			return new ComplianceQuarter(quarter.start().getYear(), Quarters.of(quarter), quarter.start(),
					quarter.end());
		}

	}

	@Schema(description = "One unit's line of the matrix")
	record ComplianceUnit(@Schema(description = "Unit code") String code,
			@Schema(description = "Chinese name") String name, @Schema(description = "English name") String nameEn,
			UnitLevel level,
			@Schema(description = "Compliance percentage with one decimal; null while nothing is counted",
					nullable = true) BigDecimal percent,
			@Schema(description = "Cells by obligation code, in task table order") Map<String, ComplianceCell> obligations) {

		static ComplianceUnit of(Matrix.Block block, Matrix.Row row, boolean withPeriods) {
			Map<String, ComplianceCell> cells = new LinkedHashMap<>();
			for (int i = 0; i < block.obligations().size(); i++) {
				cells.put(block.obligations().get(i).code(), ComplianceCell.of(row.cells().get(i), withPeriods));
			}
			var unit = row.unit();
			return new ComplianceUnit(unit.code(), unit.name(), unit.nameEn(), unit.level(), row.compliance().percent(),
					cells);
		}

	}

	@Schema(description = "One unit and obligation in the quarter, as the dashboard's cell")
	record ComplianceCell(
			@Schema(description = "The cell's status, worst of its periods (MISSED, BEHIND, DUE, "
					+ "AWAITING_REVIEW, MET_LATE, MET)") Status status,
			@Schema(description = "What approved records make, in `unit`: records, days or categories") int approved,
			@Schema(description = "What records waiting for review add, shown apart, in `unit`") int pending,
			@Schema(description = "What the quarter's applicable periods ask, added up, in `unit`") int required,
			@Schema(description = "What approved, pending and required count: RECORDS, DAYS (days with an update, "
					+ "records on one day count once), CATEGORIES (coverage categories), DIRECTIVES or RATINGS; "
					+ "null when nothing falls due", nullable = true) FigureUnit unit,
			@Schema(description = "Periods met, on time or late") int done,
			@Schema(description = "Periods judged (not exempt, not applicable)") int applicable,
			@Schema(description = "The dashboard's figure: 2/3, 1, 1+1 or blank") String figure,
			@Schema(description = "First activity date behind the counts; null when nothing falls due",
					nullable = true) LocalDate from,
			@Schema(description = "Last activity date behind the counts", nullable = true) LocalDate to,
			@Schema(description = "While a period of the cell is over but inside its grace days: the last day "
					+ "records dated in it can be logged on time; it is not MISSED before then",
					nullable = true) LocalDate lateEntriesUntil,
			@Schema(description = "The cell's periods; only when one unit is asked for (`unit=`)",
					nullable = true) List<CompliancePeriod> periods) {

		static ComplianceCell of(QuarterCell cell, boolean withPeriods) {
			var view = CellView.of(cell);
			return new ComplianceCell(view.status(), cell.approved(), cell.pending(), cell.required(), view.unit(),
					cell.done(), cell.applicable(), view.figure(), view.from(), view.to(), view.lateEntriesUntil(),
					withPeriods ? cell.evaluations().stream().map(CompliancePeriod::of).toList() : null);
		}

	}

	@Schema(description = "One period of a cell")
	record CompliancePeriod(@Schema(description = "Period key: 2026-W48, 2026-11, 2026-Q4, 2026") String key,
			@Schema(description = "First day (cut at the campaign's first day)") LocalDate start,
			@Schema(description = "Last day (cut at the campaign's last day)") LocalDate end,
			@Schema(description = "The last day it is on time") LocalDate due, Status status,
			@Schema(description = "In `unit`") int approved, @Schema(description = "In `unit`") int pending,
			@Schema(description = "In `unit`") int required, FigureUnit unit,
			@Schema(description = "Inside the grace days: the last one", nullable = true) LocalDate lateEntriesUntil) {

		static CompliancePeriod of(Evaluation evaluation) {
			return new CompliancePeriod(evaluation.period().key(), evaluation.period().start(),
					evaluation.period().end(), evaluation.due(), evaluation.status(), evaluation.approved(),
					evaluation.pending(), evaluation.required(), evaluation.unit(), evaluation.lateEntriesUntil());
		}

	}

}
