package com.tasktable.dashboards.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Status;
import com.tasktable.dashboards.ComplianceMatrices;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provincial dashboard: units × obligations for a quarter, with pickers that switch
 * without a full reload.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class DashboardController {

	static final String VIEW = "dashboards/matrix";

	private final ComplianceMatrices matrices;

	private final Campaigns campaigns;

	private final Clock clock;

	DashboardController(ComplianceMatrices matrices, Campaigns campaigns, Clock clock) {
		this.matrices = matrices;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String matrix(@RequestParam(required = false) String campaign, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) UnitLevel level,
			@RequestParam(required = false) String category,
			@RequestHeader(name = "HX-Request", required = false) String htmx, UnitScope scope, Model model) {
		var chosen = (campaign != null && !campaign.isBlank()) ? this.campaigns.get(scope, campaign)
				: this.campaigns.running(scope, this.clock).orElseGet(() -> this.campaigns.visibleTo(scope).get(0));
		var period = this.matrices.defaultQuarter(chosen);
		if (year != null && quarter != null && quarter >= 1 && quarter <= 4) {
			var asked = Frequency.QUARTER.periodContaining(LocalDate.of(year, quarter * 3, 1));
			period = Frequency.QUARTER.periodContaining(chosen.clamp(asked.start()));
		}
		var categoryFilter = (category == null || category.isBlank()) ? null : category;
		var matrix = this.matrices.matrix(scope, chosen.code(), period, o -> (level == null || o.level() == level)
				&& (categoryFilter == null || Objects.equals(o.rowCategory(), categoryFilter)));
		model.addAttribute("matrix", matrix);
		model.addAttribute("campaigns", this.campaigns.visibleTo(scope));
		model.addAttribute("years",
				IntStream.rangeClosed(chosen.startDate().getYear(), chosen.endDate().getYear()).boxed().toList());
		model.addAttribute("categories",
				this.campaigns.taskTable(scope, chosen.code(), chosen.startDate())
					.stream()
					.map(ObligationView::rowCategory)
					.distinct()
					.toList());
		model.addAttribute("level", level);
		model.addAttribute("category", categoryFilter);
		model.addAttribute("statuses", List.of(Status.values()));
		return (htmx != null) ? VIEW + " :: matrix" : VIEW;
	}

}
