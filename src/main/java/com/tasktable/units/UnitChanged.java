package com.tasktable.units;

import java.util.Map;

/**
 * An administrator changed the unit tree. Published inside the change's transaction: the
 * audit log records it there, and the campaigns drop their cached unit index once it
 * commits.
 *
 * @param actor who changed it
 * @param unitId the unit changed or created
 * @param action the audit action ({@code UNIT_CREATED}, {@code UNIT_RENAMED}…)
 * @param before the changed fields' values before
 * @param after their values after
 */
public record UnitChanged(String actor, Long unitId, String action, Map<String, String> before,
		Map<String, String> after) {

	public UnitChanged {
		before = Map.copyOf(before);
		after = Map.copyOf(after);
	}

}
