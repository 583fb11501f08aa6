package com.tasktable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No main source file over 300 lines: a class that grows past it is doing more than one
 * job (docs/architecture.md says where each responsibility lives).
 */
class SourceSizeTests {

	static final int MAX_LINES = 300;

	@Test
	void noMainSourceFileIsOver300Lines() throws IOException {
		List<String> tooLong;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			tooLong = files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
				try (Stream<String> lines = Files.lines(file)) {
					return lines.count() > MAX_LINES;
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).map(Path::toString).toList();
		}
		assertThat(tooLong).as("main source files over %d lines", MAX_LINES).isEmpty();
	}

}
