package com.tasktable.evidence;

import com.tasktable.platform.NotFoundException;

/**
 * The record names a file the store does not have (removed by hand, or a restore without
 * its files): answered as any other "not found".
 */
public class EvidenceMissingException extends NotFoundException {

	EvidenceMissingException(String key) {
		super("No evidence content under " + key);
	}

}
