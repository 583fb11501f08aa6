package com.tasktable.review.web;

import java.time.Clock;
import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.review.Exemptions;
import com.tasktable.review.RecordDecisions;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exemptions of one unit from one obligation for one period, granted by its reviewer. */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class ExemptionController {

	static final String VIEW = "review/exemptions";

	private final Exemptions exemptions;

	private final RecordDecisions decisions;

	private final Campaigns campaigns;

	private final Units units;

	private final Clock clock;

	ExemptionController(Exemptions exemptions, RecordDecisions decisions, Campaigns campaigns, Units units,
			Clock clock) {
		this.exemptions = exemptions;
		this.decisions = decisions;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("unit", "obligation", "day", "reason");
	}

	@GetMapping("/review/exemptions")
	String list(@RequestParam(required = false) String campaign, CurrentUser user, Model model) {
		return show(campaign(user, campaign), new ExemptionForm(), user, model);
	}

	@PostMapping("/review/exemptions")
	String grant(@RequestParam String campaign, @ModelAttribute("form") ExemptionForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		var view = campaign(user, campaign);
		if (result.hasErrors()) {
			return show(view, form, user, model);
		}
		try {
			this.exemptions.grant(user, view.code(), form.getUnit(), form.getObligation(), form.getDay(),
					form.getReason());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result);
			return show(view, form, user, model);
		}
		redirect.addFlashAttribute("success", "exemption.granted");
		return "redirect:/review/exemptions?campaign=" + view.code();
	}

	@PostMapping("/review/exemptions/{id}/revoke")
	String revoke(@PathVariable Long id, @RequestParam String campaign, CurrentUser user, RedirectAttributes redirect) {
		this.exemptions.revoke(user, id);
		redirect.addFlashAttribute("success", "exemption.revoked");
		return "redirect:/review/exemptions?campaign=" + campaign(user, campaign).code();
	}

	private String show(CampaignView campaign, ExemptionForm form, CurrentUser user, Model model) {
		var reviewed = this.units.within(user.scope()).stream().filter(u -> this.decisions.reviews(user, u)).toList();
		var levels = reviewed.stream().map(u -> u.level()).distinct().toList();
		model.addAttribute("campaign", campaign);
		model.addAttribute("campaigns", this.campaigns.visibleTo(user.scope()));
		model.addAttribute("reviewedUnits", reviewed);
		model.addAttribute("obligations",
				this.campaigns.taskTable(user.scope(), campaign.code(), campaign.clamp(campaign.today(this.clock)))
					.stream()
					.filter(o -> levels.contains(o.level()))
					.toList());
		model.addAttribute("exemptions", this.exemptions.list(user, campaign.code()));
		model.addAttribute("form", form);
		return VIEW;
	}

	private CampaignView campaign(CurrentUser user, String code) {
		if (code != null && !code.isBlank()) {
			return this.campaigns.get(user.scope(), code);
		}
		return this.campaigns.running(user.scope(), this.clock)
			.orElseGet(() -> List.copyOf(this.campaigns.visibleTo(user.scope())).get(0));
	}

}
