package com.tasktable.records.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.tasktable.records.EvidenceDownloads;
import com.tasktable.units.UnitScope;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Evidence files, to readers whose scope covers the record only. Images open inline,
 * everything else downloads; the name keeps its Chinese characters (RFC 6266
 * {@code filename*}), and {@code nosniff} stops a browser from second-guessing the type.
 */
@Controller
class EvidenceController {

	private final EvidenceDownloads downloads;

	EvidenceController(EvidenceDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<Resource> file(@PathVariable Long id, UnitScope scope) {
		var download = this.downloads.open(scope, id, false);
		var disposition = (download.evidence().isImage() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(download.evidence().fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(download.content());
	}

	@GetMapping("/evidence/{id}/thumbnail")
	ResponseEntity<Resource> thumbnail(@PathVariable Long id, UnitScope scope) {
		var download = this.downloads.open(scope, id, true);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(download.content());
	}

}
