package com.tasktable.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.campaigns.ObligationView;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The weights page's form, as the tests fill it. */
final class WeightsForm {

	private WeightsForm() {
	}

	/** Every obligation with the weight it has now. */
	static Map<String, String> of(List<ObligationView> obligations) {
		Map<String, String> form = new LinkedHashMap<>();
		obligations.forEach(o -> form.put(o.code(), o.terms().weight().toPlainString()));
		return form;
	}

	/** The request with the form's fields ({@code w[code]}). */
	static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Map<String, String> form) {
		form.forEach((code, weight) -> request.param("w[" + code + "]", weight));
		return request;
	}

}
