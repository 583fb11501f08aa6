package com.tasktable.review;

import java.util.List;

/**
 * One page of a reviewer's filtered queue.
 *
 * @param rows the records on it, oldest first
 * @param total the records in the filtered queue, on every page
 * @param number the page, from 0
 * @param size records a page
 */
public record QueuePage(List<QueueRow> rows, long total, int number, int size) {

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

}
