package com.tasktable.dashboards.web;

import java.util.Arrays;
import java.util.List;

import com.tasktable.compliance.Status;
import com.tasktable.dashboards.CellView;

/**
 * One entry of the matrix's legend: a status and the colour its cells have.
 *
 * @param status the status
 * @param cssClass the class that colours its cells
 */
public record StatusSwatch(Status status, String cssClass) {

	/** Every status, in the engine's order. */
	static List<StatusSwatch> legend() {
		return Arrays.stream(Status.values()).map(s -> new StatusSwatch(s, CellView.statusClass(s))).toList();
	}

}
