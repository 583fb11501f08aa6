package com.tasktable.records.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.platform.BadParameterException;
import com.tasktable.records.DailyActivityLog;
import com.tasktable.records.RecordQueries;
import com.tasktable.users.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The month grid of a daily obligation: tick the days with an update, save once. */
@Controller
class DailyActivityController {

	static final String VIEW = "records/daily";

	private final DailyActivityLog daily;

	private final RecordQueries queries;

	DailyActivityController(DailyActivityLog daily, RecordQueries queries) {
		this.daily = daily;
		this.queries = queries;
	}

	@GetMapping("/records/daily")
	String grid(@RequestParam Long obligation, @RequestParam(required = false) String month, CurrentUser user,
			Model model) {
		var target = this.queries.target(user, obligation);
		var chosen = asked(month, target.campaign(), YearMonth.from(target.campaign().clamp(target.today())));
		model.addAttribute("grid", this.daily.grid(user, obligation, chosen));
		model.addAttribute("submissionToken", UUID.randomUUID());
		return VIEW;
	}

	@PostMapping("/records/daily")
	String save(@RequestParam Long obligation, @RequestParam String month,
			@RequestParam(name = "day",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> days,
			@RequestParam(required = false) UUID submissionToken, CurrentUser user, RedirectAttributes redirect) {
		var target = this.queries.target(user, obligation);
		var chosen = asked(month, target.campaign(), null);
		if (chosen == null) {
			throw new BadParameterException("month", "error.parameter.missing", "month");
		}
		var result = this.daily.save(user, obligation, chosen, (days != null) ? new HashSet<>(days) : new HashSet<>(),
				submissionToken);
		redirect.addFlashAttribute("success", "daily.saved");
		redirect.addFlashAttribute("dailyResult", result);
		return "redirect:/records/daily?obligation=" + obligation + "&month=" + chosen;
	}

	/**
	 * The month to show: none asked, the current one (kept inside the campaign); a month
	 * not written {@code 2026-07}, or outside the campaign's years, is a 400 naming it.
	 */
	private static YearMonth asked(String month, CampaignView campaign, YearMonth fallback) {
		if (month == null || month.isBlank()) {
			return fallback;
		}
		try {
			var asked = YearMonth.parse(month.strip());
			campaign.requireYear("month", asked.getYear());
			return asked;
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException("month", "error.parameter.yearMonth");
		}
	}

}
