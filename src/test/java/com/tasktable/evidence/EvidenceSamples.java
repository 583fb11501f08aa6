package com.tasktable.evidence;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Real files of each kind, made in memory, for upload tests. */
public final class EvidenceSamples {

	private EvidenceSamples() {
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** A Windows executable's header: what an attacker would rename to report.pdf. */
	public static byte[] executable() {
		var bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		return bytes;
	}

	public static byte[] svgWithScript() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] docx() {
		return zip("[Content_Types].xml", "word/document.xml");
	}

	public static byte[] plainZip() {
		return zip("readme.txt", "evil.exe");
	}

	private static byte[] zip(String... entries) {
		try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
			for (var entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] image(String format) {
		var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(40, 40, 300, 200);
		graphics.dispose();
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
