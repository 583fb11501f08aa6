package com.tasktable.records;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files live and how big they may be.
 *
 * @param directory the evidence store; files are named by server-generated keys only
 * @param maxFileSize largest accepted file
 * @param maxFilesPerRecord most files attached to one record
 */
@ConfigurationProperties("app.evidence")
public record EvidenceProperties(@DefaultValue("data/evidence") Path directory,
		@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("20") int maxFilesPerRecord) {
}
