package com.tasktable.evidence;

import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * Where evidence bytes are kept, by key. Keys are made by {@link EvidenceFiles} (a random
 * UUID, and the same with {@code .thumb} for a thumbnail); an implementation refuses any
 * other key, so that nothing outside the store can ever be named. One implementation is
 * active, chosen by {@code app.evidence.storage} ({@link EvidenceProperties.Storage}): a
 * directory ({@code LocalDiskStorage}) or an S3-compatible bucket ({@code S3Storage}).
 */
public interface EvidenceStorage {

	/** What a key looks like: nothing else is ever read, written or deleted. */
	Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.thumb)?");

	/**
	 * Stores the content under the key.
	 * @param mediaType what the content is, kept with it where the store can
	 * @throws EvidenceUnavailableException when the store cannot be reached
	 */
	void put(String key, byte[] content, String mediaType);

	/**
	 * The content stored under the key, to send: a stream opened on the store, with its
	 * length; nothing is read into memory.
	 * @throws EvidenceMissingException when nothing is stored under the key (a 404)
	 * @throws EvidenceUnavailableException when the store cannot be reached (a 503)
	 */
	Resource get(String key);

	/** Removes the content, if any; a failure is logged, not thrown. */
	void delete(String key);

	/** The key, if it is one {@link EvidenceFiles} could have made. */
	static String requireKey(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not an evidence key");
		}
		return key;
	}

}
