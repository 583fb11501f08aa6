package com.tasktable.evidence;

import java.io.InputStream;
import java.util.function.Supplier;

import org.springframework.core.io.AbstractResource;

/**
 * An object of the store as a resource to send: its length is known without reading it,
 * and its stream is the one already opened on the store (opened again if asked twice, as
 * a multi-range request does).
 */
final class StoredObject extends AbstractResource {

	private final String description;

	private final long length;

	private final Supplier<InputStream> reopen;

	private InputStream opened;

	StoredObject(String description, long length, InputStream opened, Supplier<InputStream> reopen) {
		this.description = description;
		this.length = length;
		this.opened = opened;
		this.reopen = reopen;
	}

	@Override
	public synchronized InputStream getInputStream() {
		var stream = this.opened;
		this.opened = null;
		return (stream != null) ? stream : this.reopen.get();
	}

	@Override
	public long contentLength() {
		return this.length;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

}
