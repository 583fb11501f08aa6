package com.tasktable.records;

/**
 * Where a record stands in review. Only approved records count for scores; pending ones
 * are shown apart.
 */
public enum RecordState {

	PENDING, APPROVED, RETURNED, WITHDRAWN

}
