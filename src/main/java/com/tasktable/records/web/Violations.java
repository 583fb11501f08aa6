package com.tasktable.records.web;

import java.util.List;

import com.tasktable.records.Violation;

import org.springframework.validation.BindingResult;

/**
 * Puts rule violations on the form: next to their field, or at the top when they concern
 * the whole record.
 */
final class Violations {

	private static final List<String> FIELDS = List.of("activityDate", "title", "details", "links", "outlet",
			"participants", "value", "category");

	private Violations() {
	}

	static void bind(List<Violation> violations, BindingResult result) {
		for (var violation : violations) {
			var args = violation.args().stream().map(Object::toString).toArray();
			if (violation.field() != null && FIELDS.contains(violation.field())) {
				result.rejectValue(violation.field(), violation.code(), args, violation.code());
			}
			else {
				result.reject(violation.code(), args, violation.code());
			}
		}
	}

}
