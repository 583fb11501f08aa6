package com.tasktable.review.web;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.review.Ratings;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Row 4: the region rates each city's handling of public opinion once a year (a score and
 * a comment); scoring uses the score.
 */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class RatingController {

	static final String LIST_VIEW = "review/ratings";

	static final String FORM_VIEW = "review/rating-form";

	private final Ratings ratings;

	private final Campaigns campaigns;

	private final Units units;

	private final Clock clock;

	RatingController(Ratings ratings, Campaigns campaigns, Units units, Clock clock) {
		this.ratings = ratings;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("score", "comment");
	}

	@GetMapping("/review/ratings")
	String list(@RequestParam(required = false) String campaign, @RequestParam(required = false) Integer year,
			CurrentUser user, Model model) {
		var view = campaign(user, campaign);
		int y = year(view, year);
		model.addAttribute("campaign", view);
		model.addAttribute("campaigns", this.campaigns.visibleTo(user.scope()));
		model.addAttribute("year", y);
		model.addAttribute("years", years(view));
		model.addAttribute("ratings", this.ratings.list(user, view.code(), y));
		return LIST_VIEW;
	}

	@GetMapping("/review/ratings/edit")
	String edit(@RequestParam String campaign, @RequestParam int year, @RequestParam String obligation,
			@RequestParam String unit, CurrentUser user, Model model) {
		var view = campaign(user, campaign);
		var current = this.ratings.list(user, view.code(), year)
			.stream()
			.filter(r -> r.unit().code().equals(unit) && r.obligationCode().equals(obligation))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No rating for " + unit));
		var form = new RatingForm();
		form.setScore(current.score());
		form.setComment(current.comment());
		return form(view, year, obligation, unit, form, user, model);
	}

	@PostMapping("/review/ratings")
	String rate(@RequestParam String campaign, @RequestParam int year, @RequestParam String obligation,
			@RequestParam String unit, @ModelAttribute("form") RatingForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		var view = campaign(user, campaign);
		if (result.hasErrors()) {
			return form(view, year, obligation, unit, form, user, model);
		}
		try {
			this.ratings.rate(user, view.code(), obligation, unit, year, form.getScore(), form.getComment());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result);
			return form(view, year, obligation, unit, form, user, model);
		}
		redirect.addFlashAttribute("success", "rating.saved");
		return "redirect:/review/ratings?campaign=" + view.code() + "&year=" + year;
	}

	private String form(CampaignView campaign, int year, String obligation, String unit, RatingForm form,
			CurrentUser user, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("year", year);
		model.addAttribute("obligation", this.campaigns.obligation(user.scope(), campaign.code(), obligation));
		model.addAttribute("unit", this.units.get(user.scope(), unit));
		model.addAttribute("form", form);
		return FORM_VIEW;
	}

	private CampaignView campaign(CurrentUser user, String code) {
		if (code != null && !code.isBlank()) {
			return this.campaigns.get(user.scope(), code);
		}
		return this.campaigns.running(user.scope(), this.clock)
			.orElseGet(() -> this.campaigns.visibleTo(user.scope()).get(0));
	}

	private int year(CampaignView campaign, Integer year) {
		if (year != null && year >= campaign.startDate().getYear() && year <= campaign.endDate().getYear()) {
			return year;
		}
		// the year just over is the one to rate, once the campaign has one
		var today = campaign.clamp(campaign.today(this.clock));
		return Math.max(campaign.startDate().getYear(), today.getYear() - ((today.equals(campaign.endDate())) ? 0 : 1));
	}

	private static List<Integer> years(CampaignView campaign) {
		return IntStream.rangeClosed(campaign.startDate().getYear(), campaign.endDate().getYear()).boxed().toList();
	}

}
