package com.tasktable.campaigns.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.tasktable.campaigns.CampaignCloning;
import com.tasktable.campaigns.CampaignEditing;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.EditableCampaigns;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating, editing and cloning campaigns. */
@Controller
class CampaignEditController {

	static final String CAMPAIGN_VIEW = "admin/campaign-form";

	private static final List<String> CAMPAIGN_FIELDS = List.of("code", "name", "nameEn", "rootUnitCode", "startDate",
			"endDate", "timeZone", "lateAfterDays", "lockAfterDays", "bulletinNumberPattern");

	private final CampaignEditing editing;

	private final CampaignCloning cloning;

	private final EditableCampaigns editable;

	private final Campaigns campaigns;

	private final Units units;

	CampaignEditController(CampaignEditing editing, CampaignCloning cloning, EditableCampaigns editable,
			Campaigns campaigns, Units units) {
		this.editing = editing;
		this.cloning = cloning;
		this.editable = editable;
		this.campaigns = campaigns;
		this.units = units;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("code", "name", "nameEn", "rootUnitCode", "startDate", "endDate", "timeZone",
				"lateAfterDays", "lockAfterDays", "bulletinNumberPattern", "keepPhasesOf", "version");
	}

	@GetMapping("/admin/campaigns/new")
	String newCampaign(CurrentUser user, Model model) {
		var form = new CampaignForm();
		form.setRootUnitCode(user.unit().code());
		return showCampaign(user, "create", "/admin/campaigns", form, model);
	}

	@PostMapping("/admin/campaigns")
	String create(@ModelAttribute("form") CampaignForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			var created = this.editing.create(user.scope(), user.username(), form.toDraft());
			redirect.addFlashAttribute("success", "admin.campaign.saved");
			return "redirect:/admin/campaigns/" + created.code();
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result, CAMPAIGN_FIELDS);
			return showCampaign(user, "create", "/admin/campaigns", form, model);
		}
	}

	@GetMapping("/admin/campaigns/{code}/edit")
	String edit(@PathVariable String code, CurrentUser user, Model model) {
		var campaign = this.editable.editableCampaign(user.scope(), code);
		return showCampaign(user, "edit", "/admin/campaigns/" + code + "/edit",
				CampaignForm.from(campaign, this.editing.version(user.scope(), code)), model);
	}

	@PostMapping("/admin/campaigns/{code}/edit")
	String update(@PathVariable String code, @ModelAttribute("form") CampaignForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		var action = "/admin/campaigns/" + code + "/edit";
		try {
			this.editing.update(user.scope(), user.username(), code, form.getVersion(), form.toDraft());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result, CAMPAIGN_FIELDS);
			return showCampaign(user, "edit", action, form, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var current = CampaignForm.from(this.editable.editableCampaign(user.scope(), code),
					this.editing.version(user.scope(), code));
			model.addAttribute("conflicts", EditConflict.between(campaignFields(form), campaignFields(current)));
			form.setVersion(current.getVersion());
			return showCampaign(user, "edit", action, form, model);
		}
		redirect.addFlashAttribute("success", "admin.campaign.saved");
		return "redirect:/admin/campaigns/" + code;
	}

	@GetMapping("/admin/campaigns/{code}/clone")
	String cloneForm(@PathVariable String code, CurrentUser user, Model model) {
		var source = this.editable.editableCampaign(user.scope(), code);
		var form = new CampaignForm();
		var years = source.endDate().getYear() - source.startDate().getYear() + 1;
		form.setStartDate(source.startDate().plusYears(years));
		form.setEndDate(source.endDate().plusYears(years));
		form.setName(source.name());
		form.setNameEn(source.nameEn());
		phaseUnits(user, code).forEach(u -> form.getKeepPhasesOf().add(u.code()));
		return showCampaign(user, "clone", "/admin/campaigns/" + code + "/clone", form, model);
	}

	@PostMapping("/admin/campaigns/{code}/clone")
	String cloneCampaign(@PathVariable String code, @ModelAttribute("form") CampaignForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			var created = this.cloning.cloneCampaign(user.scope(), user.username(), code, form.toDraft(),
					new LinkedHashSet<>(form.getKeepPhasesOf()));
			redirect.addFlashAttribute("success", "admin.campaign.cloned");
			return "redirect:/admin/campaigns/" + created.code();
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result, CAMPAIGN_FIELDS);
			return showCampaign(user, "clone", "/admin/campaigns/" + code + "/clone", form, model);
		}
	}

	private String showCampaign(CurrentUser user, String mode, String action, CampaignForm form, Model model) {
		model.addAttribute("mode", mode);
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("units", this.units.within(user.scope()));
		if (mode.equals("clone")) {
			var code = action.substring("/admin/campaigns/".length(), action.length() - "/clone".length());
			model.addAttribute("source", this.editable.editableCampaign(user.scope(), code));
			model.addAttribute("phaseUnits", phaseUnits(user, code));
		}
		return CAMPAIGN_VIEW;
	}

	/** The units that have a phase date on some obligation of the campaign. */
	private List<UnitView> phaseUnits(CurrentUser user, String code) {
		var campaign = this.editable.editableCampaign(user.scope(), code);
		var withPhases = new HashSet<String>();
		this.campaigns.taskTable(user.scope(), code, campaign.startDate())
			.forEach(o -> withPhases.addAll(o.phases().keySet()));
		return this.units.within(user.scope()).stream().filter(u -> withPhases.contains(u.code())).toList();
	}

	private static Map<String, String> campaignFields(CampaignForm form) {
		return fields("name", form.getName(), "nameEn", form.getNameEn(), "startDate", form.getStartDate(), "endDate",
				form.getEndDate(), "rootUnitCode", form.getRootUnitCode(), "timeZone", form.getTimeZone(),
				"lateAfterDays", form.getLateAfterDays(), "lockAfterDays", form.getLockAfterDays(),
				"bulletinNumberPattern", form.getBulletinNumberPattern());
	}

	/** Pairs of field name and value, as text in order ("" for empty). */
	static Map<String, String> fields(Object... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put((String) pairs[i], Objects.toString(pairs[i + 1], "").trim());
		}
		return fields;
	}

}
