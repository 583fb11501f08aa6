package com.tasktable.directives;

/**
 * Where a unit stands on a directive, as both sides see it. Computed from the deadline,
 * the time it was done and the clock ({@link DirectiveDeadline}); only "done or not" is
 * stored.
 */
public enum DirectiveStatus {

	/** Not done yet, and the deadline has not passed. */
	OPEN,
	/** Done before the end of the deadline day. */
	DONE_ON_TIME,
	/** Done, but after the deadline day ended. */
	DONE_LATE,
	/** Not done, and the deadline day has ended. */
	OVERDUE;

	public boolean isDone() {
		return this == DONE_ON_TIME || this == DONE_LATE;
	}

	/** The badge's colour on the pages. */
	public String badgeClass() {
		return switch (this) {
			case OPEN -> "text-bg-secondary";
			case DONE_ON_TIME -> "text-bg-success";
			case DONE_LATE -> "text-bg-warning";
			case OVERDUE -> "text-bg-danger";
		};
	}

}
