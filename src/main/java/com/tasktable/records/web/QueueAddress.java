package com.tasktable.records.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The review queue a reviewer opened a record from, with its filters and page, carried as
 * {@code back=/review?unit=…&page=1}: approving or returning the record on its page then
 * comes back to the same view of the queue. Only the queue's own address and parameters
 * are accepted and the link is rebuilt from them, so it can never lead off the site
 * (anything else is a 400 naming {@code back}); the review pages check the values
 * themselves.
 *
 * @param parameters the queue's parameters, decoded, in the order given
 */
record QueueAddress(MultiValueMap<String, String> parameters) {

	static final String PATH = "/review";

	private static final Set<String> NAMES = Set.of("unit", "obligation", "period", "from", "to", "minDays", "page");

	private static final int MAX_LENGTH = 1000;

	private static final int MAX_VALUE_LENGTH = 100;

	/** Reads {@code /review?…}; anything else is refused. */
	static QueueAddress parse(String text) {
		if (text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isISOControl) || text.contains("\\")) {
			throw new IllegalArgumentException("Not a queue address");
		}
		var uri = UriComponentsBuilder.fromUriString(text.strip()).build();
		if (uri.getScheme() != null || uri.getHost() != null || uri.getUserInfo() != null || uri.getPort() != -1
				|| uri.getFragment() != null || !PATH.equals(uri.getPath())) {
			throw new IllegalArgumentException("Not a queue address: " + text);
		}
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (Map.Entry<String, List<String>> entry : uri.getQueryParams().entrySet()) {
			if (!NAMES.contains(entry.getKey()) || entry.getValue().size() != 1) {
				throw new IllegalArgumentException("Not a queue parameter: " + entry.getKey());
			}
			var value = UriUtils.decode((entry.getValue().get(0) != null) ? entry.getValue().get(0) : "",
					StandardCharsets.UTF_8);
			if (value.length() > MAX_VALUE_LENGTH) {
				throw new IllegalArgumentException("Queue parameter too long: " + entry.getKey());
			}
			parameters.add(entry.getKey(), value);
		}
		return new QueueAddress(parameters);
	}

	/**
	 * The query string the queue's actions carry, {@code ?unit=nanning&page=1}, or empty.
	 */
	String query() {
		var uri = UriComponentsBuilder.newInstance();
		this.parameters.forEach((name, values) -> values.forEach(value -> uri.queryParam(name, value)));
		var query = uri.encode().build().getQuery();
		return (query == null) ? "" : "?" + query;
	}

	/** The queue's address itself, rebuilt. */
	String href() {
		return PATH + query();
	}

	/** Lets {@code @RequestParam QueueAddress back} bind; a refused one is a 400. */
	@Component
	static class FromText implements Converter<String, QueueAddress> {

		@Override
		public QueueAddress convert(String source) {
			return parse(source);
		}

	}

}
