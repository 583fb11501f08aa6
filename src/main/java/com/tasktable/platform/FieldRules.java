package com.tasktable.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Field-level rules (blank, length, format, range) are Bean Validation constraints on a
 * module's input records, with {@code message = "{message.key}"}; a service asks this for
 * them as {@link Violation}s and adds only the rules that need the database, so one
 * answer lists every problem, whether the input came from a page or the API. A
 * constraint's {@code max} (or {@code value}) is the message's argument, as in "at most
 * {0} characters".
 */
@Component
public class FieldRules {

	private final Validator validator;

	FieldRules(Validator validator) {
		this.validator = validator;
	}

	/** The input's broken field rules, in a stable order (by field), each once. */
	public List<Violation> check(Object input) {
		List<Violation> violations = new ArrayList<>();
		for (var broken : this.validator.validate(input)) {
			var violation = toViolation(broken);
			if (!violations.contains(violation)) {
				violations.add(violation);
			}
		}
		violations.sort((a, b) -> a.field().compareTo(b.field()));
		return violations;
	}

	private static Violation toViolation(ConstraintViolation<?> broken) {
		var template = broken.getMessageTemplate();
		var code = (template.startsWith("{") && template.endsWith("}")) ? template.substring(1, template.length() - 1)
				: template;
		var attributes = broken.getConstraintDescriptor().getAttributes();
		var argument = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
		List<Object> args = (argument instanceof Number) ? List.of(argument) : List.of();
		return new Violation(broken.getPropertyPath().toString(), code, args);
	}

}
