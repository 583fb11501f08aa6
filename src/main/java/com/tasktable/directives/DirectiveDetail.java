package com.tasktable.directives;

import java.util.List;

/**
 * A directive with the assignments the reader may see: every unit for its issuer, the
 * reader's own unit for a reporter.
 *
 * @param directive the directive
 * @param assignments one per unit, in unit order
 */
public record DirectiveDetail(DirectiveView directive, List<AssignmentView> assignments) {

	public DirectiveDetail {
		assignments = List.copyOf(assignments);
	}

	public long count(DirectiveStatus status) {
		return this.assignments.stream().filter(a -> a.status() == status).count();
	}

}
