package com.tasktable.units;

import java.util.Objects;

/**
 * The part of the unit tree a user may see: one unit and all its descendants. Every query
 * and every write that touches unit data is checked against a scope in the service layer,
 * whatever the page showed.
 *
 * @param unitId the scope's top unit
 * @param path that unit's materialised path
 */
public record UnitScope(Long unitId, String path) {

	public UnitScope {
		Objects.requireNonNull(unitId, "unitId");
		if (path == null || !path.startsWith("/") || !path.endsWith("/")) {
			throw new IllegalArgumentException("Not a unit path: " + path);
		}
	}

	public static UnitScope of(UnitView unit) {
		return new UnitScope(unit.id(), unit.path());
	}

	public boolean covers(UnitView unit) {
		return unit.path().startsWith(this.path);
	}

	/**
	 * A {@code LIKE} pattern matching the paths inside this scope (codes are pinyin, so
	 * no escaping is needed).
	 */
	public String pathPattern() {
		return this.path + "%";
	}

}
