package com.tasktable.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled {@code true} or {@code false}; empty means "only with the embedded
 * database"
 * @param sourceCampaign the campaign whose table the demo copies into a live one and
 * fills with records
 */
@ConfigurationProperties("app.demo")
record DemoProperties(String enabled, String sourceCampaign) {

	boolean isEnabled(boolean embeddedDatabase) {
		return (this.enabled == null || this.enabled.isBlank()) ? embeddedDatabase : Boolean.parseBoolean(this.enabled);
	}

	String source() {
		return (this.sourceCampaign == null || this.sourceCampaign.isBlank()) ? "guangxi-2018-2020"
				: this.sourceCampaign;
	}

}
