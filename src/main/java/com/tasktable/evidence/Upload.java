package com.tasktable.evidence;

/**
 * A file as received, before any check.
 *
 * @param fileName the name the client sent (only its last path segment is kept)
 * @param content the bytes
 */
public record Upload(String fileName, byte[] content) {

	/**
	 * The file name without any directory part a client might have sent
	 * ("C:\\photos\\a.jpg", "../../x").
	 */
	public String safeName() {
		var name = (this.fileName == null) ? "" : this.fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		name = name.replaceAll("[\\p{Cntrl}]", "");
		if (name.length() > 200) {
			var extension = FileType.extensionOf(name);
			name = name.substring(0, 190) + (extension.isEmpty() ? "" : "." + extension);
		}
		return name.isEmpty() ? "file" : name;
	}

}
