package com.tasktable.users;

import java.util.Set;

import com.tasktable.units.UnitView;

/**
 * An account as administrators see it: never its password.
 *
 * @param id account id
 * @param username login name
 * @param displayName name to show
 * @param phone contact phone
 * @param email contact e-mail
 * @param position job title, for information officers
 * @param informationOfficer whether the person is their unit's information officer
 * (document 003)
 * @param unit the unit the person belongs to
 * @param roles what they may do
 * @param enabled false once disabled
 * @param locked true while locked
 * @param mustChangePassword true while the password is a temporary one
 * @param version the optimistic lock version
 */
public record UserDetail(Long id, String username, String displayName, String phone, String email, String position,
		boolean informationOfficer, UnitView unit, Set<Role> roles, boolean enabled, boolean locked,
		boolean mustChangePassword, long version) {

	public UserDetail {
		roles = Set.copyOf(roles);
	}

}
