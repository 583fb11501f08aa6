package com.tasktable.dashboards.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard page read back from its HTML: what a reader sees, to compare the export
 * and the API with.
 *
 * @param heading the page's title line
 * @param blocks one per level table, in page order
 */
record MatrixPage(String heading, List<Block> blocks) {

	private static final Pattern HEADING = Pattern.compile("<h1 class=\"h3\">(.*?)</h1>", Pattern.DOTALL);

	private static final Pattern BLOCK = Pattern
		.compile("<h2 class=\"h5\">(.*?)</h2>.*?<table[^>]*id=\"matrix-([A-Z]+)\">(.*?)</table>", Pattern.DOTALL);

	private static final Pattern COLUMN = Pattern
		.compile("<th scope=\"col\" class=\"matrix-head\"\\s+title=\"([^\"]*)\""
				+ ".*?<span class=\"obligation-name\">([^<]*)</span>\\s*<span\\s+class=\"obligation-code\">([^<]*)</span>",
				Pattern.DOTALL);

	private static final Pattern GROUP = Pattern
		.compile("<th scope=\"colgroup\" colspan=\"(\\d+)\" class=\"matrix-group\""
				+ "[^>]*><span class=\"row-number\">(\\d+)</span><span class=\"group-title\">([^<]*)</span>");

	private static final Pattern GLYPH = Pattern
		.compile("<span class=\"cell-glyph\" aria-hidden=\"true\">([^<]*)</span>");

	private static final Pattern HIDDEN = Pattern.compile("<span\\s+class=\"visually-hidden\">([^<]*)</span>");

	private static final Pattern ROW = Pattern.compile("<tr>\\s*<th scope=\"row\" class=\"matrix-unit\">"
			+ "<a href=\"/units/([^\"]+)\">([^<]*)</a></th>\\s*<td class=\"text-end text-nowrap\">([^<]*)</td>(.*?)</tr>",
			Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td class=\"matrix-cell ([a-z-]+)\"[^>]*>(.*?)</td>",
			Pattern.DOTALL);

	private static final Pattern FIGURE = Pattern.compile("<span class=\"cell-figure\">([^<]*)</span>");

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

	static MatrixPage parse(String html) {
		var heading = HEADING.matcher(html);
		if (!heading.find()) {
			throw new IllegalArgumentException("Not the dashboard page");
		}
		List<Block> blocks = new ArrayList<>();
		var block = BLOCK.matcher(html);
		while (block.find()) {
			List<String> codes = new ArrayList<>();
			List<String> titles = new ArrayList<>();
			List<String> names = new ArrayList<>();
			var head = block.group(3).substring(0, block.group(3).indexOf("</thead>"));
			var column = COLUMN.matcher(head);
			while (column.find()) {
				titles.add(unescape(column.group(1)));
				names.add(unescape(column.group(2)));
				codes.add(column.group(3));
			}
			List<Group> groups = new ArrayList<>();
			var group = GROUP.matcher(head);
			while (group.find()) {
				groups.add(new Group(Integer.parseInt(group.group(2)), unescape(group.group(3)),
						Integer.parseInt(group.group(1))));
			}
			List<Row> rows = new ArrayList<>();
			var row = ROW.matcher(block.group(3));
			while (row.find()) {
				List<Cell> cells = new ArrayList<>();
				var cell = CELL.matcher(row.group(4));
				while (cell.find()) {
					var href = HREF.matcher(cell.group(2));
					var figure = FIGURE.matcher(cell.group(2));
					var glyph = GLYPH.matcher(cell.group(2));
					var hidden = HIDDEN.matcher(cell.group(2));
					cells.add(new Cell(cell.group(1), figure.find() ? unescape(figure.group(1).trim()) : "",
							href.find() ? unescape(href.group(1)) : null, glyph.find() ? glyph.group(1) : "",
							hidden.find() ? unescape(hidden.group(1)) : ""));
				}
				rows.add(new Row(row.group(1), unescape(row.group(2)), row.group(3), cells));
			}
			blocks.add(new Block(block.group(2), unescape(block.group(1)), codes, names, titles, groups, rows));
		}
		return new MatrixPage(unescape(heading.group(1)), blocks);
	}

	/** The export link on the page, as the browser would follow it. */
	static String exportLink(String html) {
		Matcher link = Pattern.compile("id=\"dashboard-export\" href=\"([^\"]*)\"").matcher(html);
		if (!link.find()) {
			throw new IllegalArgumentException("No export link");
		}
		return unescape(link.group(1));
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/**
	 * A level's table.
	 *
	 * @param level the unit level, from the table's id
	 * @param caption the block's heading with its average
	 * @param codes obligation codes, left to right
	 * @param names obligation short names, above their codes
	 * @param titles obligation titles (the column tooltips)
	 * @param groups the task table rows over the columns (the header's first line)
	 * @param rows one per unit
	 */
	record Block(String level, String caption, List<String> codes, List<String> names, List<String> titles,
			List<Group> groups, List<Row> rows) {
	}

	/**
	 * A task table row over its obligations' columns.
	 *
	 * @param number the row's number
	 * @param title its title
	 * @param span how many columns it spans
	 */
	record Group(int number, String title, int span) {
	}

	/**
	 * A unit's line.
	 *
	 * @param code unit code, from its link
	 * @param unit unit name
	 * @param percent the percentage as shown ("54.2%" or "—")
	 * @param cells one per obligation
	 */
	record Row(String code, String unit, String percent, List<Cell> cells) {
	}

	/**
	 * A cell.
	 *
	 * @param cssClass its colour class, {@code cell-met}…
	 * @param figure its text
	 * @param href its cell page, null when it is not a link
	 * @param glyph its status glyph, blank when nothing falls due
	 * @param hiddenText the status as a screen reader reads it
	 */
	record Cell(String cssClass, String figure, String href, String glyph, String hiddenText) {
	}

}
