package com.tasktable.evidence;

/**
 * A file written to the evidence store, not yet attached to a record.
 *
 * @param storageKey its server-generated name
 * @param thumbnailKey the name of its thumbnail, null if it has none
 * @param fileName the name it was uploaded with
 * @param type its type, detected from the content
 * @param size bytes
 * @param sha256 hex digest of the content
 */
public record StoredFile(String storageKey, String thumbnailKey, String fileName, FileType type, long size,
		String sha256) {
}
