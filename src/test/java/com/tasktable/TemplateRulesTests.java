package com.tasktable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates show what their view models say: no class reached with {@code T(...)}, no
 * comparison of an enum's name, no date or size arithmetic (a view model says the last
 * day, the next month or the size in kilobytes), and no comment sent to the browser (a
 * note for the reader of a template is a parser-level comment,
 * {@code <!--/* ... *&#47;-->}).
 */
class TemplateRulesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TYPE_REFERENCE = Pattern.compile("T\\(");

	private static final Pattern ENUM_NAME = Pattern
		.compile("\\.(name|toString)\\(\\)\\s*(==|!=|\\beq\\b|\\bne\\b)|(==|!=)\\s*'[A-Z][A-Z_]+'");

	private static final Pattern ARITHMETIC = Pattern
		.compile("\\.(plus|minus)(Days|Weeks|Months|Years)\\(|\\.ordinal\\(\\)|\\(\\)\\s*/\\s*1024");

	private static final Pattern SENT_COMMENT = Pattern.compile("<!--(?!/\\*)");

	@Test
	void noTypeReferencesEnumNameComparisonsArithmeticOrCommentsSentToBrowsers() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				var lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					var line = lines.get(i);
					if (TYPE_REFERENCE.matcher(line).find() || ENUM_NAME.matcher(line).find()
							|| ARITHMETIC.matcher(line).find() || SENT_COMMENT.matcher(line).find()) {
						found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + line.strip());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
