package com.tasktable.users.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violations;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;
import com.tasktable.users.UserAdministration;
import com.tasktable.users.UserDetail;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts inside the administrator's scope: list, create, edit, disable and enable,
 * unlock, and a temporary password.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String LIST_VIEW = "admin/users";

	static final String FORM_VIEW = "admin/user-form";

	private final UserAdministration users;

	private final Units units;

	private final MessageSource messages;

	UserAdminController(UserAdministration users, Units units, MessageSource messages) {
		this.users = users;
		this.units = units;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "password", "displayName", "phone", "email", "position",
				"informationOfficer", "unitCode", "roles", "version");
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("users", this.users.list(user.scope()));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newUser(CurrentUser user, Model model) {
		var form = new UserForm();
		form.setUnitCode(user.unit().code());
		form.getRoles().add(Role.REPORTER);
		return showForm(user, null, form, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(user, null, form, model);
		}
		UserDetail created;
		try {
			created = this.users.create(user.scope(), user.username(), form.getUsername(), form.getPassword(),
					form.toChanges());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result);
			form.setPassword(null);
			return showForm(user, null, form, model);
		}
		redirect.addFlashAttribute("success", "admin.user.created");
		return "redirect:/admin/users/" + created.id();
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, CurrentUser user, Model model) {
		var account = this.users.get(user.scope(), id);
		return showForm(user, account, UserForm.from(account), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @ModelAttribute("form") UserForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		var account = this.users.get(user.scope(), id);
		if (result.hasErrors()) {
			return showForm(user, account, form, model);
		}
		try {
			this.users.update(user.scope(), user.username(), id, form.getVersion(), form.toChanges());
		}
		catch (RejectedException ex) {
			Violations.bind(ex, result);
			return showForm(user, account, form, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var current = this.users.get(user.scope(), id);
			model.addAttribute("conflicts", conflicts(form, current));
			form.setVersion(current.version());
			return showForm(user, current, form, model);
		}
		redirect.addFlashAttribute("success", "admin.user.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		try {
			this.users.setEnabled(user.scope(), user.username(), id, version, enabled);
			redirect.addFlashAttribute("success", enabled ? "admin.user.enabled" : "admin.user.disabled");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).code());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "admin.conflict.reload");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
		this.users.unlock(user.scope(), user.username(), id);
		redirect.addFlashAttribute("success", "admin.user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @RequestParam(name = "temporaryPassword") String password,
			@RequestParam long version, CurrentUser user, Locale locale, RedirectAttributes redirect) {
		try {
			this.users.resetPassword(user.scope(), user.username(), id, version, password);
			redirect.addFlashAttribute("success", "admin.user.passwordReset");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("errorMessages",
					ex.violations()
						.stream()
						.map(v -> this.messages.getMessage(v.code(), v.messageArgs(), v.code(), locale))
						.toList());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "admin.conflict.reload");
		}
		return "redirect:/admin/users/" + id;
	}

	private static List<EditConflictRow> conflicts(UserForm yours, UserDetail current) {
		var stored = UserForm.from(current).fields();
		Map<String, String> mine = new LinkedHashMap<>(yours.fields());
		return mine.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(stored.get(e.getKey())))
			.map(e -> new EditConflictRow(e.getKey(), e.getValue(), stored.get(e.getKey())))
			.toList();
	}

	private String showForm(CurrentUser user, UserDetail account, UserForm form, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("units", this.units.within(user.scope()));
		model.addAttribute("allRoles", new TreeSet<>(List.of(Role.values())));
		return FORM_VIEW;
	}

	/**
	 * A field another administrator changed: what is stored now and what this one
	 * entered.
	 *
	 * @param field the field's name
	 * @param yours entered here
	 * @param current stored now
	 */
	record EditConflictRow(String field, String yours, String current) {
	}

}
