package com.tasktable.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.records.RecordState;
import com.tasktable.units.UnitLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from the bundles, and Chinese and English have the same
 * keys.
 */
class MessageBundleTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		var zh = load("messages.properties");
		var en = load("messages_en.properties");
		assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
		assertThat(zh.stringPropertyNames()).allSatisfy(key -> assertThat(zh.getProperty(key)).isNotBlank());
		assertThat(en.stringPropertyNames()).allSatisfy(key -> assertThat(en.getProperty(key)).isNotBlank());
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		var keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new HashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (var template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				var matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyAuditActionHasALabel() throws IOException {
		var keys = load("messages.properties").stringPropertyNames();
		var action = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+)\"");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				var text = Files.readString(source);
				if (!text.contains("audit.record") && !text.contains("this.audit.")) {
					continue;
				}
				var matcher = action.matcher(text);
				while (matcher.find()) {
					if (!keys.contains("audit.action." + matcher.group(1))) {
						missing.add(source.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumLabelExists() throws IOException {
		var keys = load("messages.properties").stringPropertyNames();
		for (var kind : ObligationKind.values()) {
			assertThat(keys).contains("kind." + kind);
		}
		for (var frequency : Frequency.values()) {
			assertThat(keys).contains("frequency." + frequency);
		}
		for (var level : UnitLevel.values()) {
			assertThat(keys).contains("level." + level);
		}
		for (var state : RecordState.values()) {
			assertThat(keys).contains("state." + state);
		}
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = new InputStreamReader(MessageBundleTests.class.getResourceAsStream("/messages/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
