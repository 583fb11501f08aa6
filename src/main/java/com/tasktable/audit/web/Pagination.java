package com.tasktable.audit.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;

/**
 * Page links around the current page, one-based as in the URLs.
 *
 * @param current the page shown
 * @param last the last page with entries, at least 1
 * @param total the number of matching entries
 * @param window the page numbers to link, around the current one
 */
record Pagination(int current, int last, long total, List<Integer> window) {

	private static final int REACH = 3;

	static Pagination of(Page<?> page) {
		int last = Math.max(1, page.getTotalPages());
		int current = page.getNumber() + 1;
		int centre = Math.min(current, last);
		var window = IntStream.rangeClosed(Math.max(1, centre - REACH), Math.min(last, centre + REACH))
			.boxed()
			.toList();
		return new Pagination(current, last, page.getTotalElements(), window);
	}

	public boolean hasPrevious() {
		return this.current > 1;
	}

	/** The page before, or the last one when the current page lies beyond it. */
	public int previous() {
		return Math.min(this.current - 1, this.last);
	}

	public boolean hasNext() {
		return this.current < this.last;
	}

}
