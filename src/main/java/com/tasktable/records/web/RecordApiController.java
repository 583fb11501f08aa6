package com.tasktable.records.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.BadParameterException;
import com.tasktable.platform.PageLinks;
import com.tasktable.platform.ValidPageSize;
import com.tasktable.records.EvidenceView;
import com.tasktable.records.RecordDetails;
import com.tasktable.records.RecordDraft;
import com.tasktable.records.RecordFilter;
import com.tasktable.records.RecordKeeping;
import com.tasktable.records.RecordQueries;
import com.tasktable.records.RecordRow;
import com.tasktable.records.RecordState;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "Records", description = "Activity records and their evidence, within the caller's unit scope")
class RecordApiController {

	static final int DEFAULT_SIZE = 50;

	private final RecordKeeping keeping;

	private final RecordQueries queries;

	private final Campaigns campaigns;

	private final Units units;

	private final Clock clock;

	RecordApiController(RecordKeeping keeping, RecordQueries queries, Campaigns campaigns, Units units, Clock clock) {
		this.keeping = keeping;
		this.queries = queries;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Log a record for the caller's own unit; an Idempotency-Key header makes retries safe")
	ResponseEntity<RecordResponse> create(@RequestBody NewRecord request,
			@RequestHeader(name = "Idempotency-Key", required = false) UUID idempotencyKey, CurrentUser user) {
		var unit = this.units.get(user.scope(), request.unit());
		if (!user.canReportFor(unit)) {
			throw new AccessDeniedException("Reporters write for their own unit only");
		}
		var campaign = (request.campaign() != null) ? this.campaigns.get(user.scope(), request.campaign())
				: this.campaigns.running(user.scope(), this.clock)
					.orElseThrow(() -> new IllegalArgumentException("No campaign is running; name one"));
		var obligation = this.campaigns.obligation(user.scope(), campaign.code(), request.obligation());
		var draft = new RecordDraft(request.activityDate(), request.title(), request.details(), request.links(),
				request.outlet(), request.participants(), request.value(), request.category());
		var id = this.keeping.create(user, obligation.id(), draft, List.of(), idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/records/" + id))
			.body(RecordResponse.of(this.queries.get(user, id)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One record; 404 outside the caller's scope")
	RecordResponse get(@PathVariable Long id, CurrentUser user) {
		return RecordResponse.of(this.queries.get(user, id));
	}

	@PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach files (part name 'file', repeatable) to a pending record of the caller's unit")
	ResponseEntity<List<EvidenceView>> addEvidence(@PathVariable Long id,
			@RequestPart("file") List<MultipartFile> files, CurrentUser user) {
		this.keeping.addEvidence(user, id, Uploads.of(files));
		return ResponseEntity.status(201).body(this.queries.get(user, id).evidence());
	}

	@GetMapping
	@Operation(summary = "A page of one campaign's records in the caller's scope, newest logged first",
			description = "Paged like every list of the API: `page` counts from 0, `size` is 1-500 (default 50), "
					+ "and the answer carries `total` (all matching records) and `Link` headers (rel first, prev, "
					+ "next, last) that keep the filters. A page past the last has no items and the same total. "
					+ "The campaign is required: records belong to one campaign's task table, and a client "
					+ "should not get a different answer when the running campaign changes (its code from "
					+ "GET /api/v1/campaigns). Out-of-range or malformed parameters are a 400 problem whose "
					+ "`parameter` names the first and whose `errors` list all.")
	@ApiResponse(responseCode = "200", description = "The page")
	@ApiResponse(responseCode = "400", description = "A parameter missing, malformed or out of range",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "Campaign, unit or obligation unknown or outside the scope",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<RecordPage> search(@Parameter(description = "Campaign code, required") @RequestParam String campaign,
			@Parameter(description = "Only this unit (its code); 404 outside the caller's scope") @RequestParam(
					required = false) String unit,
			@Parameter(description = "Only this obligation (its code, e.g. 1.C.1)") @RequestParam(
					required = false) String obligation,
			@Parameter(description = "First activity date; default the campaign's first day") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Last activity date; default the campaign's last day") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "Only this review state") @RequestParam(required = false) RecordState state,
			@Parameter(description = "Page number counting from 0") @RequestParam(defaultValue = "0") @Min(value = 0,
					message = "{error.parameter.page}") int page,
			@Parameter(description = "Records per page, 1-500") @RequestParam(
					defaultValue = "" + DEFAULT_SIZE) @ValidPageSize int size,
			CurrentUser user, HttpServletRequest request) {
		if ((long) page * size > Integer.MAX_VALUE) {
			throw new BadParameterException("page", "error.parameter.pageTooFar");
		}
		var scope = user.scope();
		var chosen = this.campaigns.get(scope, campaign);
		Long obligationId = (obligation != null) ? this.campaigns.obligation(scope, chosen.code(), obligation).id()
				: null;
		var filter = new RecordFilter(chosen.code(), unit, obligationId, from, to, state);
		var found = this.queries.search(user, filter, PageRequest.of(page, size));
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, PageLinks.of(request, page, size, found.getTotalElements()))
			.body(new RecordPage(found.getContent(), page, size, found.getTotalElements()));
	}

	/**
	 * A page of records.
	 *
	 * @param items the records of this page, newest logged first
	 * @param page this page's number, from 0
	 * @param size records per page asked for
	 * @param total records matching the filters, on every page
	 */
	record RecordPage(List<RecordRow> items, int page, int size, long total) {
	}

	/**
	 * A record to log.
	 *
	 * @param campaign campaign code; default the one running today
	 * @param unit the caller's own unit code
	 * @param obligation obligation code, e.g. {@code 1.C.1}
	 * @param activityDate the day it happened
	 * @param title what was done
	 * @param details free text
	 * @param links web addresses
	 * @param outlet where it appeared or took place
	 * @param participants who took part
	 * @param value metric reading
	 * @param category coverage category code
	 */
	record NewRecord(String campaign, String unit, String obligation, LocalDate activityDate, String title,
			String details, List<String> links, String outlet, String participants, BigDecimal value, String category) {
	}

	/**
	 * A record in the API.
	 *
	 * @param id record id
	 * @param unit unit code
	 * @param campaign campaign code
	 * @param obligation obligation code
	 * @param activityDate the day it happened
	 * @param title what was done
	 * @param state review state
	 * @param late logged after the grace days
	 * @param loggedAt when it was logged
	 * @param record every field
	 * @param evidence attached files
	 */
	record RecordResponse(Long id, String unit, String campaign, String obligation, LocalDate activityDate,
			String title, RecordState state, boolean late, ZonedDateTime loggedAt, RecordDraft record,
			List<EvidenceView> evidence) {

		static RecordResponse of(RecordDetails d) {
			return new RecordResponse(d.id(), d.unit().code(), d.campaign().code(), d.obligation().code(),
					d.draft().activityDate(), d.draft().title(), d.state(), d.late(), d.loggedAt(), d.draft(),
					d.evidence());
		}

	}

}
