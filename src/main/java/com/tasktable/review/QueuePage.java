package com.tasktable.review;

import java.util.List;
import java.util.Map;

import com.tasktable.records.EvidenceView;

/**
 * One page of a reviewer's filtered queue.
 *
 * @param rows the records on it, oldest first
 * @param total the records in the filtered queue, on every page
 * @param number the page, from 0
 * @param size records a page
 * @param evidence the files of the page's records by record id (read in one statement)
 */
public record QueuePage(List<QueueRow> rows, long total, int number, int size, Map<Long, List<EvidenceView>> evidence) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.number > 0;
	}

	public boolean hasNext() {
		return this.number + 1 < totalPages();
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** The row's evidence files, as attached; empty when it has none. */
	public List<EvidenceView> evidenceOf(QueueRow row) {
		return this.evidence.getOrDefault(row.id(), List.of());
	}

}
