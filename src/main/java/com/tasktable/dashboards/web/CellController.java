package com.tasktable.dashboards.web;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.dashboards.ComplianceMatrices;
import com.tasktable.records.RecordQueries;
import com.tasktable.records.RecordState;
import com.tasktable.users.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A matrix cell opened: each period of the quarter with what it asked, what was approved
 * and pending and the status that follows, then the cell's records of every state in its
 * window. Scoped like the dashboard: a unit outside the reader's units is not found.
 */
@Controller
class CellController {

	static final String VIEW = "dashboards/cell";

	private final ComplianceMatrices matrices;

	private final Campaigns campaigns;

	private final RecordQueries records;

	CellController(ComplianceMatrices matrices, Campaigns campaigns, RecordQueries records) {
		this.matrices = matrices;
		this.campaigns = campaigns;
		this.records = records;
	}

	@GetMapping("/dashboard/cell")
	String cell(@Valid CellQuery query, CurrentUser user, Model model) {
		var scope = user.scope();
		var campaign = this.campaigns.get(scope, query.campaign());
		var cell = this.matrices.cell(scope, campaign.code(), query.quarterOf(campaign), query.unit(),
				query.obligation());
		model.addAttribute("cell", cell);
		model.addAttribute("query", query);
		model.addAttribute("states", RecordState.values());
		model.addAttribute("page", this.records.search(user, query.records(cell),
				PageRequest.of(query.pageNumber(), CellQuery.PAGE_SIZE)));
		return VIEW;
	}

}
