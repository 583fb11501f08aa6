package com.tasktable.users.web;

import java.util.List;

import com.tasktable.users.AccountRejectedException;

import org.springframework.validation.BindingResult;

/** Puts an account change's violations next to their fields, or at the top. */
final class AccountViolations {

	private AccountViolations() {
	}

	static void bind(AccountRejectedException ex, BindingResult result, List<String> fields) {
		for (var violation : ex.violations()) {
			var args = new Object[] { com.tasktable.users.PasswordPolicy.MIN_LENGTH };
			if (violation.field() != null && fields.contains(violation.field())) {
				result.rejectValue(violation.field(), violation.code(), args, violation.code());
			}
			else {
				result.reject(violation.code(), args, violation.code());
			}
		}
	}

}
