package com.tasktable.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background jobs' scheduler ({@link JobScheduling}).
 *
 * @param enabled whether this instance runs jobs at all; an instance that does not still
 * schedules them for the others
 * @param threads jobs this instance runs at once
 * @param pollingInterval how often this instance looks for due jobs (a job scheduled on
 * this instance is also looked for at once, after its transaction)
 * @param shutdownMaxWait how long a stopping instance waits for its running jobs; one
 * still running then is run again by another instance once its heartbeat is missed
 * @param instanceName this instance's name in {@code scheduled_tasks.picked_by}; blank:
 * the host name and a random suffix
 */
@ConfigurationProperties("app.jobs")
record JobProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2") int threads,
		@DefaultValue("5s") Duration pollingInterval, @DefaultValue("30s") Duration shutdownMaxWait,
		String instanceName) {
}
