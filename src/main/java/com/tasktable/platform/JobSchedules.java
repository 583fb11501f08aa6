package com.tasktable.platform;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * A recurring job's schedule from a setting: db-scheduler's own forms
 * ({@code DAILY|03:00|Asia/Shanghai}, {@code FIXED_DELAY|60s}) or a cron expression of
 * six fields ({@code 0 0 3 * * *}, in the JVM's zone).
 */
public final class JobSchedules {

	private JobSchedules() {
	}

	public static Schedule parse(String setting) {
		var trimmed = setting.trim();
		return trimmed.contains(" ") ? Schedules.cron(trimmed) : Schedules.parseSchedule(trimmed);
	}

}
