package com.tasktable.audit.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit page's reading of time. Entries are stored in UTC; readers work in the
 * campaigns' zone, so dates typed into the filter and times shown are read in it.
 *
 * @param timeZone the zone of the filter's dates and the times shown
 */
@ConfigurationProperties("app.audit")
record AuditPageProperties(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
