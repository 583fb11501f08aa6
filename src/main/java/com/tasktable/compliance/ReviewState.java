package com.tasktable.compliance;

/**
 * Where a record stands in review, as the engine sees it (the records module's states by
 * name). Only approved records make a period met; pending ones are shown apart; returned
 * and withdrawn ones never count, so callers may pass them without filtering.
 */
public enum ReviewState {

	APPROVED, PENDING, RETURNED, WITHDRAWN

}
