package com.tasktable.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.tasktable.platform.Violation;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Evidence files, under names the server makes up (a random UUID), never under anything
 * the user sent. Uploads are checked first (count, size, type by content); a stored file
 * gets its SHA-256 and, for an image, a small JPEG thumbnail (a picture too large to
 * decode safely simply has none). The bytes go to the configured {@link EvidenceStorage}.
 */
@Component
public class EvidenceFiles {

	private final EvidenceStorage storage;

	private final EvidenceProperties properties;

	EvidenceFiles(EvidenceStorage storage, EvidenceProperties properties) {
		this.storage = storage;
		this.properties = properties;
	}

	/** Size and type problems of the uploads, per file; nothing is written. */
	public List<Violation> check(List<Upload> uploads, int alreadyAttached) {
		List<Violation> violations = new ArrayList<>();
		if (alreadyAttached + uploads.size() > this.properties.maxFilesPerRecord()) {
			violations.add(Violation.of("files", "evidence.error.tooMany", this.properties.maxFilesPerRecord()));
		}
		for (var upload : uploads) {
			if (upload.content().length == 0) {
				violations.add(Violation.of("files", "evidence.error.empty", upload.safeName()));
			}
			else if (upload.content().length > this.properties.maxFileSize().toBytes()) {
				violations.add(Violation.of("files", "evidence.error.tooLarge", upload.safeName(),
						this.properties.maxFileSize().toMegabytes()));
			}
			else if (FileType.detect(upload.content(), upload.safeName()).isEmpty()) {
				violations.add(Violation.of("files", "evidence.error.type", upload.safeName()));
			}
		}
		return violations;
	}

	/** Writes a checked upload; the caller removes it again if its transaction fails. */
	public StoredFile store(Upload upload) {
		var name = upload.safeName();
		var type = FileType.detect(upload.content(), name)
			.orElseThrow(() -> new IllegalArgumentException("Unchecked upload: " + name));
		var key = UUID.randomUUID().toString();
		this.storage.put(key, upload.content(), type.mediaType());
		String thumbnailKey = null;
		if (type.isImage()) {
			var thumbnail = Thumbnails.jpeg(key, upload.content());
			if (thumbnail != null) {
				thumbnailKey = key + ".thumb";
				this.storage.put(thumbnailKey, thumbnail, "image/jpeg");
			}
		}
		return new StoredFile(key, thumbnailKey, name, type, upload.content().length, sha256(upload.content()));
	}

	/** Removes a stored file and its thumbnail. */
	public void delete(StoredFile file) {
		this.storage.delete(file.storageKey());
		if (file.thumbnailKey() != null) {
			this.storage.delete(file.thumbnailKey());
		}
	}

	/**
	 * The content stored under a key (a file's or its thumbnail's), as a stream on the
	 * store.
	 * @throws EvidenceMissingException when the store has nothing under the key
	 * @throws EvidenceUnavailableException when the store cannot be reached
	 */
	public Resource open(String key) {
		return this.storage.get(EvidenceStorage.requireKey(key));
	}

	/** The hex SHA-256 of the content, as stored with every file. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
