package com.tasktable.directives;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.tasktable.units.UnitView;

/**
 * One unit's part of a directive.
 *
 * @param id database id
 * @param directive the directive
 * @param unit the unit asked
 * @param status open, done on time, done late or overdue, as of now
 * @param response the unit's answer, may be null
 * @param responseLink a link to what the unit published, may be null
 * @param doneAt when it was marked done (UTC), null while open
 * @param doneBy who marked it done (display name), null while open
 * @param version for optimistic locking
 */
public record AssignmentView(Long id, DirectiveView directive, UnitView unit, DirectiveStatus status, String response,
		String responseLink, Instant doneAt, String doneBy, long version) {

	/** When it was done, on the campaign's wall clock; null while open. */
	public LocalDateTime doneAtLocal() {
		return (this.doneAt != null) ? LocalDateTime.ofInstant(this.doneAt, this.directive.timeZone()) : null;
	}

	/** The response's lines, for pages. */
	public List<String> responseLines() {
		return DirectiveView.lines(this.response);
	}

}
