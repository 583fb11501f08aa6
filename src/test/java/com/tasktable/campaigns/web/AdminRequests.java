package com.tasktable.campaigns.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.tasktable.campaigns.ObligationTerms;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Builds the obligation form an administrator sends, from the terms a page showed. */
public final class AdminRequests {

	private AdminRequests() {
	}

	/**
	 * The form of {@code terms} applied from {@code from}, changed by {@code change},
	 * with the obligation's lock version as it is now.
	 */
	public static MockHttpServletRequestBuilder revise(Long id, ObligationTerms terms, LocalDate from, long version,
			MockHttpSession session, Map<String, String> changes) {
		var request = post("/admin/obligations/" + id).session(session).with(csrf());
		request.param("appliesFrom", from.toString()).param("version", String.valueOf(version));
		Map<String, String> fields = new LinkedHashMap<>(terms.fields());
		fields.putAll(changes);
		fields.forEach((field, value) -> {
			if (field.equals("coverageCategories")) {
				terms.coverageCategories().forEach(c -> request.param(field, c));
			}
			else {
				request.param(field, value);
			}
		});
		return request;
	}

	public static long lockVersion(JdbcTemplate jdbc, Long obligationId) {
		return jdbc.queryForObject("select version from obligation where id = ?", Long.class, obligationId);
	}

}
