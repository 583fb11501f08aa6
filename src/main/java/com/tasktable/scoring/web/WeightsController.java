package com.tasktable.scoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ChangeNeedsConfirmationException;
import com.tasktable.campaigns.Confirmation;
import com.tasktable.campaigns.ConfirmationPage;
import com.tasktable.campaigns.ObligationWeights;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.units.UnitLevel;
import com.tasktable.users.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Weights per level: all weights of a campaign's level edited at once; their sum must be
 * exactly 100 (the error sits next to the sum, nothing is stored).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WeightsController {

	static final String VIEW = "scoring/weights";

	private final ObligationWeights weights;

	private final Campaigns campaigns;

	WeightsController(ObligationWeights weights, Campaigns campaigns) {
		this.weights = weights;
		this.campaigns = campaigns;
	}

	/** The navigation's link: the running campaign's weights (or the newest one's). */
	@GetMapping("/admin/weights")
	String running(CurrentUser user) {
		var campaign = this.campaigns.visibleTo(user.scope())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No campaign"));
		return "redirect:/admin/campaigns/" + campaign.code() + "/weights";
	}

	@GetMapping("/admin/campaigns/{code}/weights")
	String show(@PathVariable String code, @RequestParam(defaultValue = "CITY") UnitLevel level, CurrentUser user,
			Model model) {
		var obligations = this.weights.ofLevel(user.scope(), code, level);
		Map<String, String> values = new LinkedHashMap<>();
		obligations.forEach(o -> values.put(o.code(), o.terms().weight().toPlainString()));
		return page(code, level, values, this.weights.suggestedStart(user.scope(), code).toString(), Map.of(), user,
				model);
	}

	@PostMapping("/admin/campaigns/{code}/weights")
	String save(@PathVariable String code, @RequestParam UnitLevel level, @RequestParam Map<String, String> form,
			@RequestParam(name = "from", required = false) String from, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		var obligations = this.weights.ofLevel(user.scope(), code, level);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, BigDecimal> parsed = new HashMap<>();
		Map<String, String> errors = new HashMap<>();
		for (var o : obligations) {
			var raw = form.get("w[" + o.code() + "]");
			values.put(o.code(), (raw != null) ? raw : "");
			if (raw == null || raw.isBlank()) {
				continue;
			}
			try {
				parsed.put(o.code(), new BigDecimal(raw.strip()));
			}
			catch (NumberFormatException ex) {
				errors.put(o.code(), "typeMismatch.java.math.BigDecimal");
			}
		}
		LocalDate start = null;
		if (from != null && !from.isBlank()) {
			try {
				start = LocalDate.parse(from.strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("from", "typeMismatch.java.time.LocalDate");
			}
		}
		if (errors.isEmpty()) {
			try {
				this.weights.update(user, code, level, parsed, start,
						new Confirmation(request.getParameter("confirmDigest"), request.getParameter("confirmReason")));
				redirect.addFlashAttribute("success", "weights.saved");
				return "redirect:/admin/campaigns/" + code + "/weights?level=" + level;
			}
			catch (ChangeNeedsConfirmationException ex) {
				var page = ConfirmationPage.of(ex, "/admin/campaigns/" + code + "/weights",
						"/admin/campaigns/" + code + "/weights?level=" + level, request.getParameterMap());
				response.setStatus(page.status());
				model.addAttribute("page", page);
				return ConfirmationPage.VIEW;
			}
			catch (RejectedException ex) {
				ex.violations().forEach(v -> errors.put(v.field(), v.code()));
			}
		}
		return page(code, level, values, (from != null) ? from : "", errors, user, model);
	}

	private String page(String code, UnitLevel level, Map<String, String> values, String from,
			Map<String, String> errors, CurrentUser user, Model model) {
		var campaign = this.campaigns.get(user.scope(), code);
		var sum = BigDecimal.ZERO;
		for (var v : values.values()) {
			try {
				sum = sum.add(new BigDecimal(v.strip()));
			}
			catch (NumberFormatException ex) {
				// shown next to its field
			}
		}
		model.addAttribute("campaign", campaign);
		model.addAttribute("level", level);
		model.addAttribute("levels", UnitLevel.values());
		model.addAttribute("obligations", this.weights.ofLevel(user.scope(), code, level));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("sum", sum);
		model.addAttribute("from", from);
		return VIEW;
	}

}
