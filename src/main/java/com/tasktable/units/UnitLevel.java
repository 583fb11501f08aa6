package com.tasktable.units;

/** The administrative level of a unit; obligations are written per level. */
public enum UnitLevel {

	REGION, CITY, COUNTY

}
