package com.tasktable.campaigns.web;

import java.util.List;

import com.tasktable.campaigns.TemplateRejectedException;

import org.springframework.validation.BindingResult;

/**
 * Puts a rejected change's violations on the form: next to their field when the form has
 * it, else at the top.
 */
final class TemplateViolations {

	private TemplateViolations() {
	}

	static void bind(TemplateRejectedException ex, BindingResult result, List<String> fields) {
		for (var violation : ex.violations()) {
			var args = violation.args().stream().map(String::valueOf).toArray();
			if (violation.field() != null && fields.contains(violation.field())) {
				result.rejectValue(violation.field(), violation.code(), args, violation.code());
			}
			else {
				result.reject(violation.code(), args, violation.code());
			}
		}
	}

}
