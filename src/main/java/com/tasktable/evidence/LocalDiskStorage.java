package com.tasktable.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Evidence in a directory, {@code app.evidence.directory}: a file
 * {@code <first two characters of the key>/<key>}. The default storage; with several
 * instances the directory is one volume mounted on all of them (NFS, a cloud file share).
 * The media type is not kept: the evidence row has it.
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
	public void put(String key, byte[] content, String mediaType) {
		try {
			var path = resolve(key);
			Files.createDirectories(path.getParent());
			Files.write(path, content);
		}
		catch (IOException ex) {
			throw new EvidenceUnavailableException("Could not store evidence " + key + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public Resource get(String key) {
		var path = resolve(key);
		if (!Files.isRegularFile(path)) {
			if (!Files.isDirectory(this.directory)) {
				throw new EvidenceUnavailableException("Evidence directory missing: " + this.directory, null);
			}
			throw new EvidenceMissingException(key);
		}
		return new FileSystemResource(path);
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
