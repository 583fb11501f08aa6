package com.tasktable.directives.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.tasktable.directives.AssignmentView;
import com.tasktable.directives.DirectiveDetail;
import com.tasktable.directives.DirectiveStatus;
import com.tasktable.directives.Directives;
import com.tasktable.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/directives")
@Tag(name = "Directives", description = "Directives the caller issued or that are addressed to the caller's unit")
class DirectiveApiController {

	private final Directives directives;

	DirectiveApiController(Directives directives) {
		this.directives = directives;
	}

	@GetMapping
	@Operation(summary = "The caller's directives, newest first: every unit's status for those they issued, "
			+ "their own unit's for those addressed to it")
	List<DirectiveResponse> list(CurrentUser user) {
		return this.directives.forCaller(user).stream().map(DirectiveResponse::of).toList();
	}

	/**
	 * A directive in the API.
	 *
	 * @param id directive id
	 * @param campaign campaign code
	 * @param title what is asked
	 * @param text details
	 * @param link link to what must be forwarded or answered
	 * @param deadline last day, in the campaign's time zone
	 * @param timeZone the campaign's time zone
	 * @param issuingUnit code of the issuer's unit
	 * @param issuedAt when it was issued
	 * @param assignments the units' parts the caller may see
	 */
	record DirectiveResponse(Long id, String campaign, String title, String text, String link, LocalDate deadline,
			String timeZone, String issuingUnit, Instant issuedAt, List<AssignmentResponse> assignments) {

		static DirectiveResponse of(DirectiveDetail detail) {
			var d = detail.directive();
			return new DirectiveResponse(d.id(), d.campaignCode(), d.title(), d.text(), d.link(), d.deadline(),
					d.timeZone().getId(), d.issuingUnit().code(), d.issuedAt(),
					detail.assignments().stream().map(AssignmentResponse::of).toList());
		}

	}

	/**
	 * One unit's part.
	 *
	 * @param id assignment id
	 * @param unit unit code
	 * @param status open, done on time, done late or overdue, as of now
	 * @param response the unit's answer
	 * @param responseLink link to what the unit published
	 * @param doneAt when it was marked done
	 */
	record AssignmentResponse(Long id, String unit, DirectiveStatus status, String response, String responseLink,
			Instant doneAt) {

		static AssignmentResponse of(AssignmentView a) {
			return new AssignmentResponse(a.id(), a.unit().code(), a.status(), a.response(), a.responseLink(),
					a.doneAt());
		}

	}

}
