package com.tasktable.dashboards.web;

import java.time.Clock;
import java.util.Locale;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.dashboards.ComplianceTrends;
import com.tasktable.units.UnitScope;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Compliance per unit over the campaign: the units ranked best first, one unit against
 * the average of all quarter by quarter, and every unit and quarter as a heatmap table,
 * each chart beside a table of the same numbers.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class TrendsController {

	static final String VIEW = "dashboards/trends";

	private final ComplianceTrends trends;

	private final Campaigns campaigns;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	TrendsController(ComplianceTrends trends, Campaigns campaigns, JsonMapper json, MessageSource messages,
			Clock clock) {
		this.trends = trends;
		this.campaigns = campaigns;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/trends")
	String trends(@Valid TrendsFilter filter, UnitScope scope, Locale locale, Model model) {
		var chosen = filter.campaignIn(this.campaigns, scope, this.clock);
		var trends = this.trends.trends(scope, chosen.code());
		var ranking = trends.ranking(filter.quarterIn(trends));
		var comparison = trends.comparison(filter.lineIn(trends));
		model.addAttribute("trends", trends);
		model.addAttribute("ranking", ranking);
		model.addAttribute("comparison", comparison);
		model.addAttribute("campaigns", this.campaigns.visibleTo(scope));
		model.addAttribute("rankingChart",
				this.json.writeValueAsString(TrendsCharts.ranking(ranking, this.messages, locale)));
		model.addAttribute("comparisonChart",
				this.json.writeValueAsString(TrendsCharts.comparison(comparison, this.messages, locale)));
		return VIEW;
	}

}
