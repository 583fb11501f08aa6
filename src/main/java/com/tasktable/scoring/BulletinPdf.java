package com.tasktable.scoring;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import org.springframework.stereotype.Component;

/**
 * The bulletin as a print-ready PDF (A4 landscape) with OpenPDF. Chinese needs a CJK
 * font: {@code app.scoring.pdf-font}, Debian's fonts-noto-cjk by default, embedded as a
 * subset. Without the font the export fails with a message that says which file is
 * missing.
 */
@Component
public class BulletinPdf {

	/** The red of an official notice's masthead and rule. */
	private static final Color OFFICIAL_RED = new Color(0xC0, 0x00, 0x00);

	private final ScoringProperties properties;

	private volatile BaseFont font;

	BulletinPdf(ScoringProperties properties) {
		this.properties = properties;
	}

	public byte[] write(Bulletin bulletin, BulletinText text) throws IOException {
		return write(bulletin, text, null);
	}

	/**
	 * The PDF; an issued bulletin reads as an official notice: the issuing unit over its
	 * document number and a red rule at the top, the unit and the date of issue as its
	 * signature at the end.
	 * @param issue null for the live bulletin
	 */
	public byte[] write(Bulletin bulletin, BulletinText text, BulletinIssue issue) throws IOException {
		var base = font();
		var title = new Font(base, 16, Font.BOLD);
		var body = new Font(base, 10);
		var small = new Font(base, 8);
		var head = new Font(base, 8, Font.BOLD);
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(text.title(bulletin));
			document.open();
			if (issue != null) {
				var issuer = new Paragraph(issue.issuingUnit(), new Font(base, 22, Font.BOLD, OFFICIAL_RED));
				issuer.setAlignment(Element.ALIGN_CENTER);
				document.add(issuer);
				var number = new Paragraph(issue.number(), body);
				number.setAlignment(Element.ALIGN_CENTER);
				document.add(number);
				var rule = new Paragraph();
				rule.add(new Chunk(new LineSeparator(1.5f, 100, OFFICIAL_RED, Element.ALIGN_CENTER, -4)));
				rule.setSpacingAfter(10);
				document.add(rule);
			}
			var heading = new Paragraph(text.title(bulletin), title);
			heading.setAlignment(Element.ALIGN_CENTER);
			document.add(heading);
			var period = new Paragraph(text.period(bulletin), body);
			period.setAlignment(Element.ALIGN_CENTER);
			period.setSpacingAfter(8);
			document.add(period);
			document.add(new Paragraph(text.summaryTop(bulletin), body));
			document.add(new Paragraph(text.summaryMissed(bulletin), body));
			var note = new Paragraph(text.note(bulletin), small);
			note.setSpacingAfter(8);
			document.add(note);

			int columns = 4 + bulletin.lossColumns().size();
			var table = new PdfPTable(columns);
			table.setWidthPercentage(100);
			float[] widths = new float[columns];
			widths[0] = 1.2f;
			widths[1] = 3f;
			widths[2] = 1.6f;
			widths[3] = 1.4f;
			for (int i = 4; i < columns; i++) {
				widths[i] = 1.2f;
			}
			table.setWidths(widths);
			table.setHeaderRows(1);
			header(table, text.get("scoring.rank"), head);
			header(table, text.get("unit.name"), head);
			header(table, text.get("scoring.score"), head);
			header(table, text.get("scoring.movement"), head);
			for (var column : bulletin.lossColumns()) {
				header(table, text.get("bulletin.lostOn", column.displayNameWithCode(text.locale())), head);
			}
			for (var row : bulletin.table().rows()) {
				cell(table, text.rankCell(bulletin.table(), row), body);
				cell(table, row.unit().displayName(text.locale()), body);
				cell(table, BulletinText.score(row.total()), body);
				cell(table, (row.movement() != null) ? signed(row.movement()) : "—", body);
				for (var column : bulletin.lossColumns()) {
					var lost = row.lost(column.code());
					cell(table, (lost.signum() > 0) ? lost.toPlainString() : "", small);
				}
			}
			document.add(table);
			if (issue != null) {
				var signature = new Paragraph(issue.issuingUnit(), body);
				signature.setAlignment(Element.ALIGN_RIGHT);
				signature.setSpacingBefore(16);
				document.add(signature);
				var date = new Paragraph(text.issuedOn(issue), body);
				date.setAlignment(Element.ALIGN_RIGHT);
				document.add(date);
			}
		}
		catch (DocumentException ex) {
			throw new IOException("Could not write the bulletin's PDF", ex);
		}
		finally {
			if (document.isOpen()) {
				document.close();
			}
		}
		return out.toByteArray();
	}

	private static String signed(int movement) {
		return (movement > 0) ? "↑" + movement : (movement < 0) ? "↓" + (-movement) : "–";
	}

	private static void header(PdfPTable table, String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setBackgroundColor(new Color(0xE9, 0xEC, 0xEF));
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		table.addCell(cell);
	}

	private static void cell(PdfPTable table, String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		table.addCell(cell);
	}

	private BaseFont font() throws IOException {
		var loaded = this.font;
		if (loaded == null) {
			var file = this.properties.pdfFontFile();
			if (!Files.isReadable(file)) {
				throw new IOException("The bulletin's PDF needs a CJK font: " + file + " is missing. Install Debian's "
						+ "fonts-noto-cjk or set app.scoring.pdf-font to a TrueType/OpenType font with Chinese glyphs.");
			}
			try {
				loaded = BaseFont.createFont(this.properties.pdfFont(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			catch (DocumentException ex) {
				throw new IOException("Cannot read the font " + this.properties.pdfFont(), ex);
			}
			this.font = loaded;
		}
		return loaded;
	}

}
