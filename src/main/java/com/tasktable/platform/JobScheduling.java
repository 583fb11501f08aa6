package com.tasktable.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Background jobs on PostgreSQL with db-scheduler: every instance polls the one
 * {@code scheduled_tasks} table, and an execution is run by the one instance whose update
 * picks it, so a one-time job runs once and a recurring job once per due time, however
 * many instances there are. An instance that dies while running a job stops its
 * heartbeat, and another one runs the job again.
 * <p>
 * Each module declares its jobs as {@link Task} beans (a recurring one also implements
 * {@link OnStartup}, which schedules its first run) and schedules one-time jobs through
 * the {@link Scheduler} bean's {@code SchedulerClient} methods. A job scheduled inside a
 * transaction is stored with it (the data source is transaction-aware): it exists only if
 * the transaction commits.
 * <p>
 * Spring Boot has no db-scheduler support of its own, and db-scheduler's starter 16.7.1
 * is built against Spring Boot 3's packages, so the scheduler is built here.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

	private static final Logger log = LoggerFactory.getLogger(JobScheduling.class);

	@Bean(destroyMethod = "")
	@SuppressWarnings({ "rawtypes", "unchecked" })
	Scheduler jobScheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, JobProperties properties) {
		List<Task<?>> oneTime = tasks.orderedStream().filter(t -> !(t instanceof OnStartup)).toList();
		// a recurring task is a Task and an OnStartup, one type db-scheduler's generics
		// cannot name here
		List recurring = tasks.orderedStream().filter(OnStartup.class::isInstance).toList();
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
			.startTasks(recurring)
			.jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
			.schedulerName(new SchedulerName.Fixed(instanceName(properties)))
			.threads(properties.threads())
			.pollingInterval(properties.pollingInterval())
			.shutdownMaxWait(properties.shutdownMaxWait())
			.enableImmediateExecution()
			.build();
	}

	@Bean
	SmartLifecycle jobSchedulerLifecycle(Scheduler scheduler, JobProperties properties) {
		return new SchedulerLifecycle(scheduler, properties.enabled());
	}

	private static String instanceName(JobProperties properties) {
		if (properties.instanceName() != null && !properties.instanceName().isBlank()) {
			return properties.instanceName();
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Starts polling once the context is ready (the schema is migrated), and on shutdown
	 * stops taking jobs and waits for the running ones (up to
	 * {@code app.jobs.shutdown-max-wait}) before the data source closes.
	 */
	private static final class SchedulerLifecycle implements SmartLifecycle {

		private final Scheduler scheduler;

		private final boolean enabled;

		private volatile boolean running;

		SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
			this.scheduler = scheduler;
			this.enabled = enabled;
		}

		@Override
		public void start() {
			if (this.enabled) {
				this.scheduler.start();
				log.info("Background jobs: polling scheduled_tasks");
			}
			this.running = true;
		}

		@Override
		public void stop() {
			if (this.enabled) {
				this.scheduler.stop();
			}
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		/**
		 * A db-scheduler scheduler cannot start again once stopped, so a paused context
		 * (the test framework pauses the contexts it keeps) leaves it running.
		 */
		@Override
		public boolean isPauseable() {
			return false;
		}

	}

}
