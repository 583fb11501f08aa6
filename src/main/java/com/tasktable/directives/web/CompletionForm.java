package com.tasktable.directives.web;

import com.tasktable.directives.Completion;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit's answer: a response, a link or both, with the version the reporter saw so that
 * a stale or repeated submission is refused.
 */
@ResponseOrLink
class CompletionForm {

	@Size(max = 5000)
	private String response;

	@Size(max = 1000)
	@Pattern(regexp = DirectiveForm.WEB_LINK, flags = Pattern.Flag.CASE_INSENSITIVE)
	private String responseLink;

	@NotNull
	private Long version;

	static CompletionForm forVersion(long version) {
		var form = new CompletionForm();
		form.version = version;
		return form;
	}

	Completion toCompletion() {
		return new Completion(this.response, this.responseLink, this.version);
	}

	public String getResponse() {
		return this.response;
	}

	public void setResponse(String response) {
		this.response = response;
	}

	public String getResponseLink() {
		return this.responseLink;
	}

	public void setResponseLink(String responseLink) {
		this.responseLink = responseLink;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
