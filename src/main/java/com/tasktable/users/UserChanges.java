package com.tasktable.users;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator sets on an account.
 *
 * @param displayName name to show
 * @param phone contact phone, may be blank
 * @param email contact e-mail, may be blank
 * @param position job title, may be blank
 * @param informationOfficer whether the person is their unit's information officer
 * @param unitCode the person's unit, inside the administrator's scope
 * @param roles what they may do, at least one
 */
public record UserChanges(
		@NotBlank(message = "{admin.error.required}") @Size(max = 200,
				message = "{admin.user.error.tooLong}") String displayName,
		@Pattern(regexp = "\\s*|\\s*[0-9+()\\-][0-9+()\\- ]{3,30}[0-9+()\\-]\\s*",
				message = "{admin.user.error.phone}") String phone,
		@Size(max = 200, message = "{admin.user.error.email}") @Pattern(
				regexp = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*",
				message = "{admin.user.error.email}") String email,
		@Size(max = 100, message = "{admin.user.error.tooLong}") String position, boolean informationOfficer,
		String unitCode, @NotEmpty(message = "{admin.user.error.roles}") Set<Role> roles) {

	public UserChanges {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

}
