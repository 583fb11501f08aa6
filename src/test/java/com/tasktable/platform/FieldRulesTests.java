package com.tasktable.platform;

import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bean Validation constraints come back as the application's one violation type. */
class FieldRulesTests {

	private final FieldRules rules = new FieldRules(Validation.buildDefaultValidatorFactory().getValidator());

	record Input(
			@NotBlank(message = "{admin.error.required}") @Size(max = 5, message = "{admin.error.tooLong}") String name,
			@Min(value = 0, message = "{admin.error.negative}") int days) {
	}

	@Test
	void eachBrokenConstraintIsAViolationWithItsMessageKeyFieldAndLimit() {
		assertThat(this.rules.check(new Input(" ", -1))).containsExactly(
				Violation.of("days", "admin.error.negative", 0L), Violation.of("name", "admin.error.required"));
		assertThat(this.rules.check(new Input("abcdef", 0)))
			.containsExactly(Violation.of("name", "admin.error.tooLong", 5));
	}

	@Test
	void validInputHasNone() {
		assertThat(this.rules.check(new Input("abc", 3))).isEmpty();
	}

}
