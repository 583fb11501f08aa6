package com.tasktable.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Started without a database URL and without the embedded PostgreSQL (as the packaged jar
 * is), the application says in one line what to set, not Spring Boot's advice to put H2
 * on the classpath.
 */
@ExtendWith(OutputCaptureExtension.class)
class MissingDatabaseFailureAnalyzerTests {

	@Test
	void aStartWithoutADatabaseSaysWhatToSet(CapturedOutput output) {
		var start = new SpringApplicationBuilder(DataSourceAutoConfiguration.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=", "spring.main.banner-mode=off");
		assertThatThrownBy(start::run).satisfies((failure) -> assertThat(
				new MissingDatabaseFailureAnalyzer(new MockEnvironment()).analyze(failure).getAction())
			.isEqualTo(MissingDatabaseFailureAnalyzer.ACTION));
		assertThat(output).contains(MissingDatabaseFailureAnalyzer.ACTION)
			.doesNotContain("H2, HSQL or Derby")
			.doesNotContain("consider");
		assertThat(MissingDatabaseFailureAnalyzer.ACTION).doesNotContain("\n");
	}

	@Test
	void otherFailuresAreLeftToTheirOwnAnalyzers() {
		var analyzer = new MissingDatabaseFailureAnalyzer(new MockEnvironment());
		assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
	}

	@Test
	void aDatabaseUrlThatFailsIsNotAMissingOne(CapturedOutput output) {
		var url = "jdbc:unknown://db/tasktable";
		var start = new SpringApplicationBuilder(DataSourceAutoConfiguration.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + url, "spring.main.banner-mode=off");
		var environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		assertThatThrownBy(start::run).satisfies(
				(failure) -> assertThat(new MissingDatabaseFailureAnalyzer(environment).analyze(failure)).isNull());
		assertThat(output).doesNotContain(MissingDatabaseFailureAnalyzer.ACTION);
	}

}
