package com.tasktable.records;

/** A step in a record's review: a reviewer's decision, or the reporter's resubmission. */
public enum Decision {

	APPROVED, RETURNED, RESUBMITTED

}
