package com.tasktable.campaigns.web;

import java.time.Clock;
import java.time.LocalDate;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.units.UnitScope;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Campaigns and their task tables, read-only (editing comes with the administration
 * issue).
 */
@Controller
class CampaignController {

	static final String LIST_VIEW = "campaigns/list";

	static final String TABLE_VIEW = "campaigns/task-table";

	private final Campaigns campaigns;

	private final Clock clock;

	CampaignController(Campaigns campaigns, Clock clock) {
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@GetMapping("/campaigns")
	String list(UnitScope scope, Model model) {
		model.addAttribute("campaigns", this.campaigns.visibleTo(scope));
		return LIST_VIEW;
	}

	@GetMapping("/campaigns/{code}")
	String taskTable(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			UnitScope scope, Model model) {
		var campaign = this.campaigns.get(scope, code);
		var day = (asOf != null) ? asOf : campaign.clamp(campaign.today(this.clock));
		model.addAttribute("campaign", campaign);
		model.addAttribute("asOf", day);
		model.addAttribute("obligations", this.campaigns.taskTable(scope, code, day));
		return TABLE_VIEW;
	}

}
