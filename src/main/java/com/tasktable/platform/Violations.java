package com.tasktable.platform;

import java.util.Collection;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a rejection's violations on a form: next to their field when the form has it, at
 * the top otherwise. The one binder every module's controllers use.
 */
public final class Violations {

	private Violations() {
	}

	/** Binds to the fields the form object has (readable properties of its target). */
	public static void bind(RejectedException rejected, BindingResult result) {
		var target = result.getTarget();
		var form = (target != null) ? new BeanWrapperImpl(target) : null;
		for (var violation : rejected.violations()) {
			bind(violation, result, violation.field() != null && form != null && readable(form, violation.field()));
		}
	}

	/** Binds to the listed fields only; other violations go to the top of the form. */
	public static void bind(RejectedException rejected, BindingResult result, Collection<String> fields) {
		for (var violation : rejected.violations()) {
			bind(violation, result, violation.field() != null && fields.contains(violation.field()));
		}
	}

	private static boolean readable(BeanWrapperImpl form, String field) {
		try {
			return form.isReadableProperty(field);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void bind(Violation violation, BindingResult result, boolean onField) {
		var args = violation.messageArgs();
		if (onField) {
			result.rejectValue(violation.field(), violation.code(), args, violation.code());
		}
		else {
			result.reject(violation.code(), args, violation.code());
		}
	}

}
