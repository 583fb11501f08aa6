package com.tasktable.bulletins.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.bulletins.BulletinPublishing;
import com.tasktable.bulletins.BulletinSnapshot;
import com.tasktable.bulletins.PublishedBulletin;
import com.tasktable.bulletins.PublishedBulletins;
import com.tasktable.bulletins.PublishingWarnings;
import com.tasktable.platform.BadParameterException;
import com.tasktable.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bulletins")
@Tag(name = "Bulletins",
		description = "Published ranking bulletins (通报), exactly as issued. A caller sees the bulletins issued by "
				+ "their unit or a unit below it, and those that rank their own unit.")
class BulletinApiController {

	private final PublishedBulletins bulletins;

	private final BulletinPublishing publishing;

	private final BulletinParams params;

	BulletinApiController(PublishedBulletins bulletins, BulletinPublishing publishing, BulletinParams params) {
		this.bulletins = bulletins;
		this.publishing = publishing;
		this.params = params;
	}

	@GetMapping
	@Operation(summary = "The campaign's published bulletins the caller may see, newest period first")
	@ApiResponse(responseCode = "200", description = "The bulletins, each with its ranking as issued")
	@ApiResponse(responseCode = "404", description = "Campaign unknown or outside the caller's scope",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<BulletinResponse> list(@Parameter(description = "Campaign code; default the one running today") @RequestParam(
			required = false) String campaign, CurrentUser user) {
		var chosen = this.params.campaign(user.scope(), campaign);
		return this.bulletins.list(user, chosen.code()).stream().map(BulletinResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published bulletin as issued")
	@ApiResponse(responseCode = "200", description = "The bulletin")
	@ApiResponse(responseCode = "404", description = "No such bulletin the caller may see",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	BulletinResponse get(@PathVariable Long id, CurrentUser user) {
		return BulletinResponse.of(this.bulletins.get(user, id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Publish a month's or a year's bulletin (reviewers; issued by the caller's unit)",
			description = "Ranks the units directly below the caller's unit. When records of the period still wait "
					+ "for review or periods are still inside their grace days, the answer is 409 with the warnings "
					+ "unless confirm is true. A correction names the bulletin it corrects (same campaign, period "
					+ "and issuing unit) and says why.")
	@ApiResponse(responseCode = "201", description = "Published; Location names it")
	@ApiResponse(responseCode = "400",
			description = "Bad month or missing field, or a correction without its note (errors: field, code, "
					+ "message)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not a reviewer",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "Not possible as things stand (property reason): warnings not confirmed (property "
					+ "warnings), periodNotOver, nothingRanked, alreadyPublished (publish a correction), "
					+ "alreadyCorrected, correctsOtherPeriod",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<BulletinResponse> publish(@RequestBody PublishRequest request, CurrentUser user) {
		if (request.campaign() == null || request.campaign().isBlank()) {
			throw new BadParameterException("campaign", "error.parameter.missing", "campaign");
		}
		if (request.year() == null) {
			throw new BadParameterException("year", "error.parameter.missing", "year");
		}
		var campaign = this.params.campaign(user.scope(), request.campaign());
		var span = this.params.span(campaign, request.year(), request.month());
		boolean confirmed = Boolean.TRUE.equals(request.confirm());
		if (!confirmed) {
			var warnings = this.publishing.warningsToConfirm(user, campaign.code(), span);
			if (warnings.isPresent()) {
				throw unconfirmed(warnings.get());
			}
		}
		var id = this.publishing.publish(user, campaign.code(), span, confirmed, request.corrects(),
				request.correctionNote());
		return ResponseEntity.created(URI.create("/api/v1/bulletins/" + id))
			.body(BulletinResponse.of(this.bulletins.get(user, id)));
	}

	/** A 409 whose {@code warnings} say what to confirm. */
	private static ErrorResponseException unconfirmed(PublishingWarnings warnings) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Records of this period wait for review or periods are inside their grace days; "
						+ "send confirm: true to publish anyway");
		problem.setProperty("reason", "unconfirmed");
		problem.setProperty("warnings", Warnings.of(warnings));
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	/**
	 * What to publish.
	 *
	 * @param campaign campaign code
	 * @param year the year
	 * @param month 1-12; without it the year's bulletin
	 * @param confirm publish although there are warnings
	 * @param corrects id of the bulletin this one corrects
	 * @param correctionNote why, for a correction
	 */
	record PublishRequest(String campaign, Integer year, Integer month, Boolean confirm, Long corrects,
			String correctionNote) {
	}

	/**
	 * A published bulletin.
	 *
	 * @param id its id
	 * @param number document number
	 * @param campaign campaign code
	 * @param period {@code 2026-11} or {@code 2026}
	 * @param year the year
	 * @param month the month, null for the year
	 * @param publishedAt when (UTC)
	 * @param publishedOn the day of publication where the campaign runs
	 * @param issuingUnit the issuing unit (code and name)
	 * @param corrects the bulletin it corrects
	 * @param correctedBy the bulletin that corrects it
	 * @param pdfSha256 SHA-256 of the stored PDF
	 * @param xlsxSha256 SHA-256 of the stored workbook
	 * @param rows the ranking as issued
	 */
	record BulletinResponse(Long id, String number, String campaign, String period, int year, Integer month,
			Instant publishedAt, LocalDate publishedOn, Unit issuingUnit, PublishedBulletin.Reference corrects,
			PublishedBulletin.Reference correctedBy, String pdfSha256, String xlsxSha256, List<Row> rows) {

		static BulletinResponse of(PublishedBulletin b) {
			var s = b.snapshot();
			return new BulletinResponse(b.id(), b.number(), b.campaignCode(), s.periodKey(), s.year(), s.month(),
					b.publishedAt(), b.publishedOn(), new Unit(b.issuingUnitCode(), b.issuingUnitName()), b.corrects(),
					b.correctedBy(), b.pdfSha256(), b.xlsxSha256(), s.rows().stream().map(Row::of).toList());
		}

	}

	/**
	 * A unit.
	 *
	 * @param code its code
	 * @param name its name (Chinese)
	 */
	record Unit(String code, String name) {
	}

	/**
	 * One ranked unit as issued.
	 *
	 * @param rank 1 for the best, shared by ties; null without a score
	 * @param unit the unit
	 * @param score out of 100, 2 decimals; null without a score
	 * @param movement places gained since the month (year) before
	 * @param lost points lost per obligation code
	 */
	record Row(Integer rank, Unit unit, BigDecimal score, Integer movement, Map<String, BigDecimal> lost) {

		static Row of(BulletinSnapshot.Row row) {
			Map<String, BigDecimal> lost = new LinkedHashMap<>();
			row.lost().forEach((code, value) -> lost.put(code, new BigDecimal(value)));
			return new Row(row.rank(), new Unit(row.unitCode(), row.unitName()),
					(row.score() != null) ? new BigDecimal(row.score()) : null, row.movement(), lost);
		}

	}

	/**
	 * The warnings a publication needs confirmed.
	 *
	 * @param pendingRecords records of the scored periods waiting for review
	 * @param reviewQueue the review queue narrowed to those activity dates
	 * @param periodsInGrace periods still open for on-time records
	 */
	record Warnings(long pendingRecords, String reviewQueue, List<PublishingWarnings.GracePeriod> periodsInGrace) {

		static Warnings of(PublishingWarnings w) {
			return new Warnings(w.pendingRecords(), "/review?from=" + w.pendingFrom() + "&to=" + w.pendingTo(),
					w.inGrace());
		}

	}

}
