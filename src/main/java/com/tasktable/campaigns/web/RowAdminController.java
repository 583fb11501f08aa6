package com.tasktable.campaigns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.EditableCampaigns;
import com.tasktable.campaigns.NewObligations;
import com.tasktable.campaigns.TaskTableRows;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.compliance.ScoreMode;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.units.UnitLevel;
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

/** Adding and editing a task table's rows, and adding an obligation to a row. */
@Controller
class RowAdminController {

	static final String ROW_VIEW = "admin/row-form";

	static final String NEW_OBLIGATION_VIEW = "admin/obligation-new";

	private static final List<String> ROW_FIELDS = List.of("number", "category", "categoryEn", "title", "titleEn");

	private final TaskTableRows rows;

	private final NewObligations newObligations;

	private final EditableCampaigns editable;

	private final Campaigns campaigns;

	RowAdminController(TaskTableRows rows, NewObligations newObligations, EditableCampaigns editable,
			Campaigns campaigns) {
		this.rows = rows;
		this.newObligations = newObligations;
		this.editable = editable;
		this.campaigns = campaigns;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("number", "category", "categoryEn", "title", "titleEn", "version", "level",
				"appliesFrom", "text", "textEn", "kind", "frequency", "minCount", "maxCount", "yearlyTarget",
				"scoreMode", "deadline", "deadlineMonth", "deadlineDay", "eventMonth", "eventDay", "windowDaysBefore",
				"windowDaysAfter", "metricTarget", "metricUnit", "coverageCategories");
	}

	@GetMapping("/admin/campaigns/{code}/rows/new")
	String newRow(@PathVariable String code, CurrentUser user, Model model) {
		var form = new RowForm();
		form.setNumber(this.rows.rows(user.scope(), code).size() + 1);
		return showRow(user, code, null, form, model);
	}

	@PostMapping("/admin/campaigns/{code}/rows")
	String addRow(@PathVariable String code, @ModelAttribute("form") RowForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			var row = this.rows.addRow(user.scope(), user.username(), code, form.toDraft());
			redirect.addFlashAttribute("success", "admin.row.saved");
			return "redirect:/admin/rows/" + row.id();
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result, ROW_FIELDS);
			return showRow(user, code, null, form, model);
		}
	}

	@GetMapping("/admin/rows/{id}")
	String editRow(@PathVariable Long id, CurrentUser user, Model model) {
		var row = this.rows.row(user.scope(), id);
		return showRow(user, campaignCode(user, row.campaignId()), row, RowForm.from(row), model);
	}

	@PostMapping("/admin/rows/{id}")
	String updateRow(@PathVariable Long id, @ModelAttribute("form") RowForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		var row = this.rows.row(user.scope(), id);
		var code = campaignCode(user, row.campaignId());
		try {
			this.rows.updateRow(user.scope(), user.username(), id, form.getVersion(), form.toDraft());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result, ROW_FIELDS);
			return showRow(user, code, row, form, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var current = RowForm.from(this.rows.row(user.scope(), id));
			model.addAttribute("conflicts", EditConflict.between(rowFields(form), rowFields(current)));
			form.setVersion(current.getVersion());
			return showRow(user, code, row, form, model);
		}
		redirect.addFlashAttribute("success", "admin.row.saved");
		return "redirect:/admin/rows/" + id;
	}

	@GetMapping("/admin/rows/{id}/obligations/new")
	String newObligation(@PathVariable Long id, CurrentUser user, Model model) {
		var row = this.rows.row(user.scope(), id);
		var campaign = this.campaigns.get(user.scope(), row.campaignId());
		var form = new ObligationForm();
		form.setAppliesFrom(campaign.startDate());
		form.setLevel(UnitLevel.CITY);
		return showNewObligation(user, row.id(), form, model);
	}

	@PostMapping("/admin/rows/{id}/obligations")
	String addObligation(@PathVariable Long id, @ModelAttribute("form") ObligationForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			var created = this.newObligations.addObligation(user.scope(), user.username(), id, form.getLevel(),
					form.toTerms());
			redirect.addFlashAttribute("success", "admin.obligation.created");
			return "redirect:/admin/obligations/" + created;
		}
		catch (RejectedException ex) {
			var fields = new ArrayList<>(ObligationAdminController.FIELDS);
			fields.add("level");
			Violations.bind(ex, result, fields);
			return showNewObligation(user, id, form, model);
		}
	}

	private String showNewObligation(CurrentUser user, Long rowId, ObligationForm form, Model model) {
		var row = this.rows.row(user.scope(), rowId);
		model.addAttribute("row", row);
		model.addAttribute("campaign", this.campaigns.get(user.scope(), row.campaignId()));
		model.addAttribute("form", form);
		model.addAttribute("levels", UnitLevel.values());
		model.addAttribute("kinds", ObligationKind.values());
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("scoreModes", ScoreMode.values());
		model.addAttribute("categories", this.campaigns.coverageCategories());
		return NEW_OBLIGATION_VIEW;
	}

	private String showRow(CurrentUser user, String campaignCode, Object row, RowForm form, Model model) {
		model.addAttribute("campaign", this.editable.editableCampaign(user.scope(), campaignCode));
		model.addAttribute("row", row);
		model.addAttribute("form", form);
		return ROW_VIEW;
	}

	private String campaignCode(CurrentUser user, Long campaignId) {
		return this.campaigns.get(user.scope(), campaignId).code();
	}

	private static Map<String, String> rowFields(RowForm form) {
		return CampaignEditController.fields("number", form.getNumber(), "category", form.getCategory(), "categoryEn",
				form.getCategoryEn(), "title", form.getTitle(), "titleEn", form.getTitleEn());
	}

}
