package com.tasktable.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditLog;
import com.tasktable.audit.AuditNaming;
import com.tasktable.platform.BadParameterException;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit log for reviewers and administrators, filtered by a GET form. An htmx request
 * gets only the form and results; everything works without JavaScript as well.
 */
@Controller
class AuditController {

	static final String VIEW = "audit/list";

	static final String RESULTS = VIEW + " :: results";

	private static final String FILTER = "auditFilter";

	private final AuditLog audit;

	private final Units units;

	private final AuditPageProperties properties;

	private final AuditNaming naming;

	AuditController(AuditLog audit, Units units, AuditPageProperties properties, AuditNaming naming) {
		this.audit = audit;
		this.units = units;
		this.properties = properties;
		this.naming = naming;
	}

	@InitBinder(FILTER)
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("actor", "action", "unit", "from", "to", "entityType", "entityId", "signIns", "page");
	}

	@GetMapping("/audit")
	String list(@Valid @ModelAttribute(FILTER) AuditFilter filter, BindingResult result, UnitScope scope,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		// the filter's own fields are shown with their errors; a broken page number is
		// not
		BadParameterException.rejectAny(result, "page");
		var within = this.units.within(scope);
		var unit = chosenUnit(filter, within, result);
		if (filter.isRangeReversed()) {
			result.rejectValue("to", "audit.filter.toBeforeFrom");
		}
		model.addAttribute("units", within);
		model.addAttribute("actions", this.audit.actions());
		model.addAttribute("zone", this.properties.timeZone());
		if (!result.hasErrors()) {
			var query = filter.toQuery((unit != null) ? UnitScope.of(unit) : null, this.properties.timeZone());
			// Entries without a unit belong to no scope: administrators only (checked
			// again by the facade).
			var page = this.audit.search(scope, request.isUserInRole("ADMIN"), query, filter.pageIndex());
			Map<Long, UnitView> byId = within.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
			var names = this.naming.of(page.getContent(), locale);
			model.addAttribute("rows",
					page.map((e) -> AuditRow.of(e, this.properties.timeZone(), byId, names, locale)).getContent());
			model.addAttribute("pager", Pagination.of(page));
		}
		// The same URL answers with a fragment or a page; caches must keep them apart.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		return isHtmxSwap(request) ? RESULTS : VIEW;
	}

	/**
	 * The unit picked in the filter, looked up in the reader's scope: one outside it is
	 * as unknown as one that does not exist.
	 */
	private static UnitView chosenUnit(AuditFilter filter, List<UnitView> within, BindingResult result) {
		var code = filter.getUnit();
		if (code == null || code.isBlank() || result.hasFieldErrors("unit")) {
			return null;
		}
		var unit = within.stream().filter(u -> u.code().equals(code.trim())).findFirst();
		if (unit.isEmpty()) {
			result.rejectValue("unit", "audit.filter.unknownUnit");
		}
		return unit.orElse(null);
	}

	/**
	 * htmx restoring history after a cache miss wants the whole page, not a fragment.
	 */
	private static boolean isHtmxSwap(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& request.getHeader("HX-History-Restore-Request") == null;
	}

}
