package com.tasktable.records;

import com.tasktable.platform.Violation;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Evidence files on disk, under names the server makes up (a random UUID), never under
 * anything the user sent. Images get a small JPEG thumbnail at upload; a picture too
 * large to decode safely simply has none.
 */
@Component
class EvidenceStore {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

	private static final Pattern KEY = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.thumb)?");

	private static final int THUMBNAIL_SIZE = 240;

	private static final long MAX_DECODED_PIXELS = 40_000_000L;

	private final EvidenceProperties properties;

	EvidenceStore(EvidenceProperties properties) {
		this.properties = properties;
	}

	/** Size and type problems of the uploads, per file; nothing is written. */
	List<Violation> check(List<Upload> uploads, int alreadyAttached) {
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
	StoredFile write(Upload upload) {
		var name = upload.safeName();
		var type = FileType.detect(upload.content(), name)
			.orElseThrow(() -> new IllegalArgumentException("Unchecked upload: " + name));
		var key = UUID.randomUUID().toString();
		try {
			var path = resolve(key);
			Files.createDirectories(path.getParent());
			Files.write(path, upload.content());
			String thumbnailKey = type.isImage() ? writeThumbnail(key, upload.content()) : null;
			return new StoredFile(key, thumbnailKey, name, type, upload.content().length, sha256(upload.content()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store evidence", ex);
		}
	}

	void delete(StoredFile file) {
		deleteKey(file.storageKey());
		if (file.thumbnailKey() != null) {
			deleteKey(file.thumbnailKey());
		}
	}

	/**
	 * The file behind a key; keys are checked so that nothing outside the store can ever
	 * be named.
	 */
	Path resolve(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not an evidence key");
		}
		return this.properties.directory().toAbsolutePath().resolve(key.substring(0, 2)).resolve(key);
	}

	private String writeThumbnail(String key, byte[] content) throws IOException {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_DECODED_PIXELS) {
					return null;
				}
				var image = reader.read(0);
				double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
				int width = Math.max(1, (int) (image.getWidth() * scale));
				int height = Math.max(1, (int) (image.getHeight() * scale));
				var thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
				var graphics = thumbnail.createGraphics();
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
				graphics.drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
				graphics.dispose();
				var thumbnailKey = key + ".thumb";
				ImageIO.write(thumbnail, "jpeg", resolve(thumbnailKey).toFile());
				return thumbnailKey;
			}
			catch (IOException | RuntimeException ex) {
				log.info("No thumbnail for evidence {}: {}", key, ex.getMessage());
				return null;
			}
			finally {
				reader.dispose();
			}
		}
	}

	private void deleteKey(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			log.warn("Could not delete evidence file {}: {}", key, ex.getMessage());
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
