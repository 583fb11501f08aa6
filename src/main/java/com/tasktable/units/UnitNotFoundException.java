package com.tasktable.units;

import com.tasktable.platform.NotFoundException;

/**
 * A unit that does not exist or lies outside the caller's scope: the two are
 * indistinguishable on purpose.
 */
public class UnitNotFoundException extends NotFoundException {

	public UnitNotFoundException(String code) {
		super("Unit not found: " + code);
	}

}
