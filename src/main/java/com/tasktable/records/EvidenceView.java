package com.tasktable.records;

import java.time.Instant;

/**
 * An evidence file's metadata.
 *
 * @param id evidence id
 * @param recordId the record it proves
 * @param fileName the name it was uploaded with (shown and offered on download, never
 * used as a path)
 * @param contentType the type detected from its content
 * @param sizeBytes size
 * @param sha256 SHA-256 of the content, hex
 * @param hasThumbnail an image with a preview
 * @param createdAt when it was attached
 */
public record EvidenceView(Long id, Long recordId, String fileName, String contentType, long sizeBytes, String sha256,
		boolean hasThumbnail, Instant createdAt) {

	/** The size in whole kilobytes, as the record's page shows it. */
	public long sizeKb() {
		return this.sizeBytes / 1024;
	}

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
