package com.tasktable;

import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changes to history as an administrator makes them: the change, its impact page, then
 * the same change confirmed with a reason. For tests whose point is not the guard itself.
 */
public final class HistoryConfirmations {

	public static final String REASON = "Correction agreed with the provincial office";

	private static final Pattern DIGEST = Pattern.compile("name=\"confirmDigest\" value=\"([0-9a-f]+)\"");

	private HistoryConfirmations() {
	}

	/**
	 * Sends {@code request}, expects the impact page, and sends it again confirmed with a
	 * reason.
	 */
	public static ResultActions confirmed(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		var page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return mvc.perform(request.param("confirmDigest", digest(page)).param("confirmReason", REASON));
	}

	/** The fingerprint an impact page asks the confirmation to name. */
	public static String digest(String page) {
		var matcher = DIGEST.matcher(page);
		assertThat(matcher.find()).as("an impact page with a confirmation form").isTrue();
		return matcher.group(1);
	}

}
