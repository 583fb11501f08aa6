package com.tasktable.users;

import java.io.Serializable;
import java.util.Set;

import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

/**
 * The signed-in person as the rest of the application sees them. Serializable: it is kept
 * in the session, which lives in the database.
 *
 * @param id account id
 * @param username login name
 * @param displayName name to show
 * @param unit the unit the person belongs to
 * @param roles what they may do
 */
public record CurrentUser(Long id, String username, String displayName, UnitView unit,
		Set<Role> roles) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/** Logs records for their own unit. */
	public boolean isReporter() {
		return hasRole(Role.REPORTER);
	}

	/** A user sees their own unit and every unit below it. */
	public UnitScope scope() {
		return UnitScope.of(this.unit);
	}

	/** Reporters write for their own unit only, never for a unit below it. */
	public boolean canReportFor(UnitView target) {
		return hasRole(Role.REPORTER) && this.unit.id().equals(target.id());
	}

}
