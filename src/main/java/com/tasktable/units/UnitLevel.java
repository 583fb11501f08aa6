package com.tasktable.units;

/** The administrative level of a unit; obligations are written per level. */
public enum UnitLevel {

	REGION, CITY, COUNTY;

	/** The level of the units directly below one of this level; null below a county. */
	public UnitLevel below() {
		return switch (this) {
			case REGION -> CITY;
			case CITY -> COUNTY;
			case COUNTY -> null;
		};
	}

}
