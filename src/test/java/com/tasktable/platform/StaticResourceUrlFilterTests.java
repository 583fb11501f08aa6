package com.tasktable.platform;

import com.tasktable.IntegrationTest;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Links to WebJars still get their versioned path; links to pages are left alone (and no
 * longer looked up as files).
 */
@IntegrationTest
class StaticResourceUrlFilterTests {

	@Autowired
	MockMvc mvc;

	@Test
	void webJarLinksAreVersionedAndPageLinksUntouched() throws Exception {
		var session = RecordFixtures.signIn(this.mvc, "reviewer");
		var html = this.mvc.perform(get("/dashboard").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(html).containsPattern("/webjars/bootstrap/5\\.[0-9.]+/css/bootstrap\\.min\\.css")
			.containsPattern("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js")
			.contains("href=\"/css/app.css\"")
			.contains("href=\"/dashboard/cell?campaign=");
		var versioned = html.replaceAll("(?s).*(/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min\\.css).*", "$1");
		this.mvc.perform(get(versioned)).andExpect(MockMvcResultMatchers.status().isOk());
	}

	@Test
	void onlyTheStaticFoldersGoThroughTheResourceChain() {
		assertThat(StaticResourceUrlFilter.isStatic("/webjars/bootstrap/css/bootstrap.min.css", "")).isTrue();
		assertThat(StaticResourceUrlFilter.isStatic("/app/js/app.js", "/app")).isTrue();
		assertThat(StaticResourceUrlFilter.isStatic("/records?campaign=x", "")).isFalse();
		assertThat(StaticResourceUrlFilter.isStatic("/cssless", "")).isFalse();
		assertThat(StaticResourceUrlFilter.isStatic("/js/app.js", "/app")).as("outside the context path").isFalse();
	}

}
