package com.tasktable.platform;

/**
 * Something the caller may not see or that does not exist; answered with 404 on pages and
 * in the API.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
