package com.tasktable.campaigns.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Campaigns the caller's unit takes part in, and their task tables")
class CampaignApiController {

	private final Campaigns campaigns;

	private final Clock clock;

	CampaignApiController(Campaigns campaigns, Clock clock) {
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Campaigns, newest first")
	List<CampaignView> list(UnitScope scope) {
		return this.campaigns.visibleTo(scope);
	}

	@GetMapping("/{code}/obligations")
	@Operation(summary = "The task table: every obligation with the version in force on a day, and phase dates")
	List<ObligationResponse> obligations(@PathVariable String code,
			@Parameter(
					description = "Day whose version to return; default today, kept inside the campaign") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			UnitScope scope) {
		var campaign = this.campaigns.get(scope, code);
		var day = (asOf != null) ? asOf : campaign.clamp(campaign.today(this.clock));
		return this.campaigns.taskTable(scope, code, day).stream().map(ObligationResponse::of).toList();
	}

	/**
	 * An obligation in the API.
	 *
	 * @param code stable code
	 * @param level unit level it applies to
	 * @param row task table row
	 * @param title short Chinese label
	 * @param titleEn English label
	 * @param text source text
	 * @param kind how it is met
	 * @param frequency period of periodic kinds
	 * @param min least records per period
	 * @param max advisory most per period
	 * @param yearlyTarget records per year
	 * @param deadline milestone deadline
	 * @param eventMonth dated event month
	 * @param eventDay dated event day
	 * @param eventDates movable day's date per year
	 * @param coverageCategories categories to cover
	 * @param weight points of 100 for its level
	 * @param scoreMode how a yearly target is scored ({@code PROPORTIONAL}: its share of
	 * the target; {@code ALL_OR_NOTHING}: its status); null for the other kinds
	 * @param effectiveFrom first day in force
	 * @param effectiveTo retired from, null while in force
	 * @param versionValidFrom first day of the returned version
	 * @param phases per-unit start dates by unit code
	 */
	record ObligationResponse(String code, UnitLevel level, int row, String title, String titleEn, String text,
			ObligationKind kind, Frequency frequency, Integer min, Integer max, Integer yearlyTarget,
			LocalDate deadline, Integer eventMonth, Integer eventDay, Map<Integer, LocalDate> eventDates,
			List<String> coverageCategories, BigDecimal weight, ScoreMode scoreMode, LocalDate effectiveFrom,
			LocalDate effectiveTo, LocalDate versionValidFrom, Map<String, LocalDate> phases) {

		static ObligationResponse of(ObligationView o) {
			var t = o.terms();
			return new ObligationResponse(o.code(), o.level(), o.rowNumber(), t.title(), t.titleEn(), t.text(),
					t.kind(), t.frequency(), t.minCount(), t.maxCount(), t.yearlyTarget(), t.deadline(), t.eventMonth(),
					t.eventDay(), o.eventDates(), t.coverageCategories(), t.weight(), t.scoreMode(), o.effectiveFrom(),
					o.effectiveTo(), t.validFrom(), o.phases());
		}

	}

}
