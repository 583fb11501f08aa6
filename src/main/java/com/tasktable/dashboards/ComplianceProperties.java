package com.tasktable.dashboards;

import com.tasktable.compliance.ComplianceSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Compliance settings that are the province's choice rather than the campaign's.
 *
 * @param passMark the least rating (0–100) that meets an assessment in the statuses and
 * the compliance percentages; a lower one is MISSED there, and still earns rating / 100
 * in the score (document 003 gives no pass mark; 60 by default)
 */
@ConfigurationProperties("app.compliance")
public record ComplianceProperties(@DefaultValue("60") int passMark) {

	public ComplianceProperties {
		if (passMark < 0 || passMark > 100) {
			throw new IllegalArgumentException("app.compliance.pass-mark must be 0..100: " + passMark);
		}
	}

	/** The engine's settings for a campaign with {@code lateAfterDays} grace days. */
	public ComplianceSettings settings(int lateAfterDays) {
		return ComplianceSettings.lateAfter(lateAfterDays).withPassMark(this.passMark);
	}

}
