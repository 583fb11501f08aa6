package com.tasktable.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipInputStream;

/**
 * The evidence types we accept, recognised by their content (magic numbers, and the parts
 * of an Office Open XML package), never by the name or the browser's claim. Everything
 * else is refused: executables, HTML, SVG (which can carry script), archives.
 */
public enum FileType {

	JPEG("image/jpeg", Set.of("jpg", "jpeg")), PNG("image/png", Set.of("png")), GIF("image/gif", Set.of("gif")),
	WEBP("image/webp", Set.of("webp")), PDF("application/pdf", Set.of("pdf")), DOC("application/msword", Set.of("doc")),
	XLS("application/vnd.ms-excel", Set.of("xls")),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"));

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final String mediaType;

	private final Set<String> extensions;

	FileType(String mediaType, Set<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public boolean isImage() {
		return this.mediaType.startsWith("image/");
	}

	/**
	 * The type of a file from its content, cross-checked with its name's extension: a PDF
	 * must be called .pdf, and an executable renamed .pdf is not a PDF.
	 * @param content the whole file (Office packages are inspected inside)
	 */
	public static Optional<FileType> detect(byte[] content, String fileName) {
		var extension = extensionOf(fileName);
		return sniff(content).stream().filter(type -> type.extensions.contains(extension)).findFirst();
	}

	/**
	 * What the content can be: one type, or both Word and Excel for a 97-2003 compound
	 * file.
	 */
	static Set<FileType> sniff(byte[] c) {
		return sniffOne(c).map(Set::of).orElseGet(() -> startsWithBytes(c, OLE2) ? Set.of(DOC, XLS) : Set.of());
	}

	private static Optional<FileType> sniffOne(byte[] c) {
		if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (ascii(c, 0, "GIF87a") || ascii(c, 0, "GIF89a")) {
			return Optional.of(GIF);
		}
		if (ascii(c, 0, "RIFF") && ascii(c, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		if (ascii(c, 0, "%PDF-")) {
			return Optional.of(PDF);
		}
		if (startsWith(c, 'P', 'K', 0x03, 0x04)) {
			return officeOpenXml(c);
		}
		return Optional.empty();
	}

	/**
	 * A ZIP is accepted only as a Word or Excel package: it must hold [Content_Types].xml
	 * and word/ or xl/.
	 */
	private static Optional<FileType> officeOpenXml(byte[] content) {
		boolean contentTypes = false;
		FileType type = null;
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				var name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				if (name.startsWith("word/")) {
					type = DOCX;
				}
				else if (name.startsWith("xl/")) {
					type = XLSX;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		return contentTypes ? Optional.ofNullable(type) : Optional.empty();
	}

	static String extensionOf(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWithBytes(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] content, int offset, String text) {
		var bytes = text.getBytes(StandardCharsets.US_ASCII);
		return content.length >= offset + bytes.length
				&& Arrays.equals(Arrays.copyOfRange(content, offset, offset + bytes.length), bytes);
	}

}
