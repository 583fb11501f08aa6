package com.tasktable.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's reason, for returning a record or exempting a period, with its field rules
 * (checked by {@code platform.FieldRules}, for pages and API alike).
 *
 * @param reason the text as the reviewer wrote it, without surrounding blanks
 */
record Reason(@NotBlank(message = "{review.error.reasonRequired}") @Size(max = 1000,
		message = "{review.error.reasonTooLong}") String reason) {

	static Reason of(String text) {
		return new Reason((text != null) ? text.strip() : null);
	}

}
