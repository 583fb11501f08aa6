package com.tasktable.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The {@code Link} header of a page of the API (RFC 8288): the first, previous, next and
 * last pages, each with the request's own filters. Pages count from 0; past the last
 * page, "prev" leads back to the last.
 */
public final class PageLinks {

	private PageLinks() {
	}

	public static String of(HttpServletRequest request, int page, int size, long total) {
		int last = (int) Math.max(0, (total - 1) / size);
		List<String> links = new ArrayList<>();
		links.add(link(request, 0, size, "first"));
		if (page > 0) {
			links.add(link(request, Math.min(page - 1, last), size, "prev"));
		}
		if (page < last) {
			links.add(link(request, page + 1, size, "next"));
		}
		links.add(link(request, last, size, "last"));
		return String.join(", ", links);
	}

	private static String link(HttpServletRequest request, int page, int size, String rel) {
		var uri = ServletUriComponentsBuilder.fromRequestUri(request);
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("size")) {
				for (var value : values) {
					uri.queryParam(encode(name), encode(value));
				}
			}
		});
		uri.queryParam("page", page).queryParam("size", size);
		return "<" + uri.build(true).toUriString() + ">; rel=\"" + rel + "\"";
	}

	/** Percent-encoded, '+' included: a container would read a bare one as a space. */
	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
	}

}
