package com.tasktable.units.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.platform.RejectedException;
import com.tasktable.units.UnitAdministration;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit tree inside the administrator's scope: add a county under a city, rename, take
 * a unit out from a date (or back in).
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	static final String LIST_VIEW = "admin/units";

	static final String UNIT_VIEW = "admin/unit";

	private final UnitAdministration administration;

	private final Units units;

	UnitAdminController(UnitAdministration administration, Units units) {
		this.administration = administration;
		this.units = units;
	}

	@GetMapping
	String list(UnitScope scope, Model model) {
		model.addAttribute("units", this.units.within(scope));
		return LIST_VIEW;
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, UnitScope scope, Model model) {
		return showUnit(scope, code, Map.of(), model);
	}

	@PostMapping("/{code}/children")
	String addChild(@PathVariable String code, @RequestParam(name = "code") String childCode, @RequestParam String name,
			@RequestParam(required = false) String nameEn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeFrom,
			UnitScope scope, Principal actor, Model model, RedirectAttributes redirect) {
		try {
			var child = this.administration.addChild(scope, actor.getName(), code, childCode, name, nameEn, activeFrom);
			redirect.addFlashAttribute("success", "admin.unit.created");
			return "redirect:/admin/units/" + child.code();
		}
		catch (RejectedException ex) {
			model.addAttribute("child", Map.of("code", childCode, "name", name, "nameEn",
					(nameEn != null) ? nameEn : "", "activeFrom", (activeFrom != null) ? activeFrom.toString() : ""));
			return showUnit(scope, code, errors(ex, "child."), model);
		}
	}

	@PostMapping("/{code}")
	String rename(@PathVariable String code, @RequestParam String name, @RequestParam(required = false) String nameEn,
			@RequestParam long version, UnitScope scope, Principal actor, Model model, RedirectAttributes redirect) {
		try {
			this.administration.rename(scope, actor.getName(), code, version, name, nameEn);
		}
		catch (RejectedException ex) {
			return showUnit(scope, code, errors(ex, ""), model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var current = this.units.get(scope, code);
			List<Conflict> conflicts = new ArrayList<>();
			conflict(conflicts, "name", name, current.name());
			conflict(conflicts, "nameEn", nameEn, current.nameEn());
			model.addAttribute("conflicts", conflicts);
			model.addAttribute("entered", Map.of("name", name, "nameEn", (nameEn != null) ? nameEn : ""));
			return showUnit(scope, code, Map.of(), model);
		}
		redirect.addFlashAttribute("success", "admin.unit.saved");
		return "redirect:/admin/units/" + code;
	}

	@PostMapping("/{code}/active")
	String deactivate(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deactivateFrom,
			@RequestParam long version, UnitScope scope, Principal actor, Model model, RedirectAttributes redirect) {
		try {
			this.administration.deactivate(scope, actor.getName(), code, version, deactivateFrom);
		}
		catch (RejectedException ex) {
			return showUnit(scope, code, errors(ex, ""), model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "admin.conflict.reload");
			return "redirect:/admin/units/" + code;
		}
		redirect.addFlashAttribute("success",
				(deactivateFrom != null) ? "admin.unit.deactivated" : "admin.unit.reactivated");
		return "redirect:/admin/units/" + code;
	}

	private String showUnit(UnitScope scope, String code, Map<String, String> errors, Model model) {
		var unit = this.units.get(scope, code);
		model.addAttribute("unit", unit);
		model.addAttribute("version", this.administration.version(scope, code));
		model.addAttribute("children", this.units.childrenOf(scope, unit));
		model.addAttribute("errors", errors);
		model.asMap().putIfAbsent("child", Map.of());
		return UNIT_VIEW;
	}

	private static void conflict(List<Conflict> conflicts, String field, String yours, String current) {
		var mine = (yours != null) ? yours.trim() : "";
		var stored = (current != null) ? current : "";
		if (!mine.equals(stored)) {
			conflicts.add(new Conflict(field, mine, stored));
		}
	}

	/**
	 * A field another administrator changed first.
	 *
	 * @param field the field's name ({@code admin.field.<name>} labels it)
	 * @param yours entered here
	 * @param current stored now
	 */
	record Conflict(String field, String yours, String current) {
	}

	private static Map<String, String> errors(RejectedException ex, String prefix) {
		var map = new LinkedHashMap<String, String>();
		ex.violations().forEach(v -> map.putIfAbsent(prefix + v.field(), v.code()));
		return map;
	}

}
