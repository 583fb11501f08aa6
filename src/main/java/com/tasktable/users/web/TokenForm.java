package com.tasktable.users.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new-token form: a label and how many days the token stays valid. */
class TokenForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	@Min(1)
	@Max(365)
	private Integer validDays = 90;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getValidDays() {
		return this.validDays;
	}

	public void setValidDays(Integer validDays) {
		this.validDays = validDays;
	}

}
