package com.tasktable.records.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.tasktable.evidence.Upload;

import org.springframework.web.multipart.MultipartFile;

/**
 * Multipart files as uploads; the empty part a form sends when no file was chosen is
 * skipped.
 */
final class Uploads {

	private Uploads() {
	}

	static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> !f.isEmpty() || !isBlank(f.getOriginalFilename())).map(f -> {
			try {
				return new Upload(f.getOriginalFilename(), f.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

	private static boolean isBlank(String name) {
		return name == null || name.isBlank();
	}

}
