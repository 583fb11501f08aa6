package com.tasktable.review.web;

import java.util.regex.Pattern;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A ticked row of the review queue, sent as {@code id:version}: the record and the
 * version the reviewer saw.
 *
 * @param id the record
 * @param version its version as shown
 */
record RecordVersion(long id, long version) {

	private static final Pattern FORM = Pattern.compile("(\\d{1,18}):(\\d{1,18})");

	/**
	 * Reads {@code id:version}; anything else is refused, so the request is a 400 naming
	 * the parameter.
	 */
	static RecordVersion parse(String text) {
		var m = FORM.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Not id:version: " + text);
		}
		return new RecordVersion(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
	}

	/** Lets {@code @RequestParam List<RecordVersion>} bind the queue's check boxes. */
	@Component
	static class FromText implements Converter<String, RecordVersion> {

		@Override
		public RecordVersion convert(String source) {
			return parse(source);
		}

	}

}
