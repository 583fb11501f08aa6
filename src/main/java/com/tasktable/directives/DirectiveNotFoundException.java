package com.tasktable.directives;

import com.tasktable.platform.NotFoundException;

/**
 * A directive or assignment that does not exist or that the caller may not see: the two
 * are indistinguishable on purpose.
 */
public class DirectiveNotFoundException extends NotFoundException {

	public DirectiveNotFoundException(String what) {
		super("Directive not found: " + what);
	}

}
