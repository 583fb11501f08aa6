package com.tasktable.users;

import java.util.Set;

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
public record UserChanges(String displayName, String phone, String email, String position, boolean informationOfficer,
		String unitCode, Set<Role> roles) {

	public UserChanges {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

}
