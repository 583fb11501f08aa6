package com.tasktable.records.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.BadParameterException;
import com.tasktable.records.RecordFilter;
import com.tasktable.records.RecordQueries;
import com.tasktable.records.RecordState;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A unit's records (or every unit's in the reader's scope), filtered, newest first, 20 to
 * a page.
 */
@Controller
class RecordListController {

	static final String VIEW = "records/list";

	static final int PAGE_SIZE = 20;

	private final RecordQueries queries;

	private final Campaigns campaigns;

	private final Units units;

	private final Clock clock;

	RecordListController(RecordQueries queries, Campaigns campaigns, Units units, Clock clock) {
		this.queries = queries;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/records")
	String list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Long obligation, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) RecordState state,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{error.parameter.page}") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser user, Model model) {
		var scope = user.scope();
		var chosen = (campaign != null) ? this.campaigns.get(scope, campaign)
				: this.campaigns.running(scope, this.clock)
					.orElseGet(() -> this.campaigns.visibleTo(scope).stream().findFirst().orElse(null));
		if (chosen == null) {
			model.addAttribute("noCampaign", true);
			return VIEW;
		}
		if ((long) page * PAGE_SIZE > Integer.MAX_VALUE) {
			throw new BadParameterException("page", "error.parameter.pageTooFar");
		}
		var range = PeriodParam.parse(period, chosen);
		var filter = new RecordFilter(chosen.code(), blankToNull(unit), obligation,
				(range != null) ? range.start() : from, (range != null) ? range.end() : to, state);
		model.addAttribute("campaign", chosen);
		model.addAttribute("campaigns", this.campaigns.visibleTo(scope));
		var within = this.units.within(scope);
		// only what the reader's units log: a city is offered city obligations, not the
		// region's
		var levels = within.stream().map(UnitView::level).collect(Collectors.toSet());
		model.addAttribute("units", within);
		model.addAttribute("obligations",
				this.campaigns.taskTable(scope, chosen.code(), chosen.clamp(chosen.today(this.clock)))
					.stream()
					.filter(o -> levels.contains(o.level()))
					.toList());
		model.addAttribute("periods", PeriodParam.choicesFor(chosen));
		model.addAttribute("states", RecordState.values());
		model.addAttribute("filter", filter);
		model.addAttribute("period", period);
		model.addAttribute("page", this.queries.search(user, filter, PageRequest.of(page, PAGE_SIZE)));
		return (htmx != null) ? VIEW + " :: results" : VIEW;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
