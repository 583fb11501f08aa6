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

	private static final Pattern COLUMN = Pattern.compile(
			"<th scope=\"col\" class=\"matrix-head\"\\s+title=\"([^\"]*)\">\\s*<span class=\"code\">([^<]*)</span>");

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
			var column = COLUMN.matcher(block.group(3));
			while (column.find()) {
				titles.add(unescape(column.group(1)));
				codes.add(column.group(2));
			}
			List<Row> rows = new ArrayList<>();
			var row = ROW.matcher(block.group(3));
			while (row.find()) {
				List<Cell> cells = new ArrayList<>();
				var cell = CELL.matcher(row.group(4));
				while (cell.find()) {
					var href = HREF.matcher(cell.group(2));
					var figure = FIGURE.matcher(cell.group(2));
					cells.add(new Cell(cell.group(1), figure.find() ? unescape(figure.group(1).trim()) : "",
							href.find() ? unescape(href.group(1)) : null));
				}
				rows.add(new Row(row.group(1), unescape(row.group(2)), row.group(3), cells));
			}
			blocks.add(new Block(block.group(2), unescape(block.group(1)), codes, titles, rows));
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
	 * @param titles obligation titles (the column tooltips)
	 * @param rows one per unit
	 */
	record Block(String level, String caption, List<String> codes, List<String> titles, List<Row> rows) {
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
	 * @param href the records behind it, null when none
	 */
	record Cell(String cssClass, String figure, String href) {
	}

}
