package com.tasktable.evidence;

import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * Where evidence bytes are kept, by key. Keys are made by {@link EvidenceFiles} (a random
 * UUID, and the same with {@code .thumb} for a thumbnail); an implementation refuses any
 * other key, so that nothing outside the store can ever be named. One implementation is
 * active, chosen by {@code app.evidence.storage} ({@link EvidenceProperties.Storage}).
 */
public interface EvidenceStorage {

	/** What a key looks like: nothing else is ever read, written or deleted. */
	Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.thumb)?");

	/** Stores the content under the key. */
	void put(String key, byte[] content);

	/** The content stored under the key, to send. */
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
