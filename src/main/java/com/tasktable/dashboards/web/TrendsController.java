package com.tasktable.dashboards.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.dashboards.ComplianceTrends;
import com.tasktable.units.UnitScope;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Compliance per unit per quarter over the campaign: a line chart, a heatmap, and the
 * same numbers as a table.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class TrendsController {

	static final String VIEW = "dashboards/trends";

	private final ComplianceTrends trends;

	private final Campaigns campaigns;

	private final JsonMapper json;

	private final Clock clock;

	TrendsController(ComplianceTrends trends, Campaigns campaigns, JsonMapper json, Clock clock) {
		this.trends = trends;
		this.campaigns = campaigns;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/dashboard/trends")
	String trends(@RequestParam(required = false) String campaign, UnitScope scope, Locale locale, Model model) {
		var chosen = (campaign != null && !campaign.isBlank()) ? this.campaigns.get(scope, campaign)
				: this.campaigns.running(scope, this.clock).orElseGet(() -> this.campaigns.visibleTo(scope).get(0));
		var trends = this.trends.trends(scope, chosen.code());
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("quarters", trends.quarters().stream().map(q -> q.key()).toList());
		chart.put("units", trends.lines().stream().map(l -> l.unit().displayName(locale)).toList());
		chart.put("percents", trends.lines().stream().map(l -> l.percents()).toList());
		model.addAttribute("trends", trends);
		model.addAttribute("campaigns", this.campaigns.visibleTo(scope));
		model.addAttribute("chartData", this.json.writeValueAsString(chart));
		return VIEW;
	}

}
