package com.tasktable.campaigns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.EditableCampaigns;
import com.tasktable.campaigns.TaskRowView;
import com.tasktable.campaigns.TaskTableRows;
import com.tasktable.users.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The campaigns an administrator may change, and a task table with its edit links. */
@Controller
class CampaignAdminController {

	static final String LIST_VIEW = "admin/campaigns";

	static final String TABLE_VIEW = "admin/campaign";

	private final EditableCampaigns editable;

	private final Campaigns campaigns;

	private final Clock clock;

	private final TaskTableRows rows;

	CampaignAdminController(EditableCampaigns editable, Campaigns campaigns, Clock clock, TaskTableRows rows) {
		this.rows = rows;
		this.editable = editable;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@GetMapping("/admin/campaigns")
	String list(CurrentUser user, Model model) {
		model.addAttribute("campaigns", this.editable.editableCampaigns(user.scope()));
		return LIST_VIEW;
	}

	@GetMapping("/admin/campaigns/{code}")
	String table(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			CurrentUser user, Model model) {
		var campaign = this.editable.editableCampaign(user.scope(), code);
		var day = (asOf != null) ? campaign.clamp(asOf) : campaign.clamp(campaign.today(this.clock));
		model.addAttribute("campaign", campaign);
		model.addAttribute("asOf", day);
		model.addAttribute("obligations", this.campaigns.taskTable(user.scope(), code, day));
		model.addAttribute("rowIds",
				this.rows.rows(user.scope(), code)
					.stream()
					.collect(Collectors.toMap(TaskRowView::number, TaskRowView::id)));
		return TABLE_VIEW;
	}

}
