package com.tasktable.platform;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The housekeeping schedule's setting: db-scheduler's forms and cron expressions. */
class JobSchedulesTests {

	@Test
	void readsDbSchedulersFormsAndCronExpressions() {
		var daily = JobSchedules.parse("DAILY|03:00|Asia/Shanghai");
		assertThat(daily).isInstanceOf(Daily.class);
		var noon = ZonedDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
		assertThat(daily.getInitialExecutionTime(noon))
			.isEqualTo(ZonedDateTime.of(2026, 12, 7, 3, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
		assertThat(JobSchedules.parse("FIXED_DELAY|2s")).isInstanceOf(FixedDelay.class);
		assertThat(JobSchedules.parse(" 0 0 3 29 2 * ")).isInstanceOf(CronSchedule.class);
		assertThatIllegalArgumentException().isThrownBy(() -> JobSchedules.parse("every day"));
	}

}
