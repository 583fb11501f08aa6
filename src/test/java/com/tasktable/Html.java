package com.tasktable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a page's HTML the way a reader sees it, without a parser: the element with an id,
 * its rows, its text.
 */
public final class Html {

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private Html() {
	}

	/**
	 * The inner HTML of the element with this id, or null; nested elements of the same
	 * name are counted.
	 */
	public static String element(String html, String id) {
		var open = Pattern.compile("<([a-zA-Z0-9]+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		if (!open.find()) {
			return null;
		}
		var name = open.group(1);
		var tags = Pattern.compile("<(/?)" + name + "(?=[\\s>])[^>]*>").matcher(html);
		int depth = 1;
		int from = open.end();
		while (tags.find(from)) {
			depth += tags.group(1).isEmpty() ? 1 : -1;
			if (depth == 0) {
				return html.substring(open.end(), tags.start());
			}
			from = tags.end();
		}
		return html.substring(open.end());
	}

	/** The text of the element with this id, or null when there is none. */
	public static String text(String html, String id) {
		var element = element(html, id);
		return (element != null) ? text(element) : null;
	}

	/** The visible text of a piece of HTML, whitespace collapsed. */
	public static String text(String fragment) {
		return TAG.matcher(fragment)
			.replaceAll(" ")
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ")
			.trim();
	}

	/** The inner HTML of each {@code tr} inside a fragment's {@code tbody}. */
	public static List<String> bodyRows(String fragment) {
		List<String> rows = new ArrayList<>();
		var body = fragment.substring(Math.max(0, fragment.indexOf("<tbody")));
		var row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
		while (row.find()) {
			rows.add(row.group(1));
		}
		return rows;
	}

}
