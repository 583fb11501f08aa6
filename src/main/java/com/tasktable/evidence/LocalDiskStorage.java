package com.tasktable.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Evidence on the local disk, under {@code app.evidence.directory}: a file
 * {@code <first two characters of the key>/<key>}. The default storage.
 */
@Component
@ConditionalOnProperty(prefix = "app.evidence", name = "storage", havingValue = "local", matchIfMissing = true)
class LocalDiskStorage implements EvidenceStorage {

	private static final Logger log = LoggerFactory.getLogger(LocalDiskStorage.class);

	private final Path directory;

	LocalDiskStorage(EvidenceProperties properties) {
		this.directory = properties.directory().toAbsolutePath();
	}

	@Override
	public void put(String key, byte[] content) {
		try {
			var path = resolve(key);
			Files.createDirectories(path.getParent());
			Files.write(path, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store evidence", ex);
		}
	}

	@Override
	public Resource get(String key) {
		return new FileSystemResource(resolve(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			log.warn("Could not delete evidence file {}: {}", key, ex.getMessage());
		}
	}

	Path resolve(String key) {
		EvidenceStorage.requireKey(key);
		return this.directory.resolve(key.substring(0, 2)).resolve(key);
	}

}
