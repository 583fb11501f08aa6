package com.tasktable.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files live and how big they may be.
 *
 * @param storage which {@link EvidenceStorage} keeps the files
 * @param directory the local store's directory; files are named by server-generated keys
 * only
 * @param maxFileSize largest accepted file
 * @param maxFilesPerRecord most files attached to one record
 */
@ConfigurationProperties("app.evidence")
public record EvidenceProperties(@DefaultValue("local") Storage storage, @DefaultValue("data/evidence") Path directory,
		@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("20") int maxFilesPerRecord) {

	/** The storages there are: {@code app.evidence.storage=local} or {@code s3}. */
	public enum Storage {

		/** Files under {@code app.evidence.directory} ({@code LocalDiskStorage}). */
		LOCAL,

		/**
		 * Objects in an S3-compatible bucket, {@code app.evidence.s3.*}
		 * ({@code S3Storage}, {@link S3Properties}).
		 */
		S3

	}

}
