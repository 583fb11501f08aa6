package com.tasktable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tasktable.Visitor.Upload;
import com.tasktable.evidence.EvidenceSamples;
import com.tasktable.evidence.S3TestServer;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances, one truth (issue 13): two real instances of the application, A and
 * B, started together on one empty PostgreSQL database, answer over HTTP as if they were
 * one. A person signed in on A goes on on B; what an administrator changes on A shows on
 * B at once, and a disabled person's session ends on B; an import started on A is
 * followed on B; evidence uploaded through one downloads through the other, from a shared
 * directory (A, B) and from S3 (C, D); a recurring job runs once per due time.
 * <p>
 * The database is this class's own ({@link TestDatabase#newDatabase()}, no template), so
 * both instances race Flyway, the demo and the scheduler's start-up on it.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(2) // long, beside the other lane: started early (docs/testing.md)
@ResourceLock("two-instances-database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	private static final String SOURCE = "guangxi-2018-2020";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private HikariDataSource database;

	private JdbcTemplate jdbc;

	private Path evidence;

	private List<ConfigurableApplicationContext> instances = List.of();

	private URI a;

	private URI b;

	@BeforeAll
	void startTwoInstancesTogether() throws Exception {
		this.database = TestDatabase.newDatabase();
		this.jdbc = new JdbcTemplate(this.database);
		this.evidence = Files.createTempDirectory("two-instances-evidence");
		var local = Map.<String, Object>of("app.evidence.storage", "local", "app.evidence.directory",
				this.evidence.toString());
		this.instances = together(properties("A", local), properties("B", local));
		this.a = base(this.instances.get(0));
		this.b = base(this.instances.get(1));
	}

	@AfterAll
	void closeAll() throws IOException {
		this.instances.forEach(ConfigurableApplicationContext::close);
		if (this.database != null) {
			this.database.close();
		}
		if (this.evidence != null) {
			try (Stream<Path> files = Files.walk(this.evidence)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	@Test
	void bothStartedOnTheEmptyDatabaseAndTheDemoWasLoadedOnce() {
		assertThat(this.instances).allSatisfy((instance) -> assertThat(instance.isActive()).isTrue());
		assertThat(count("select count(*) from audit_event where action = 'DEMO_DATA_SEEDED'")).isOne();
		assertThat(count("select count(*) from app_user where username = 'admin'")).isOne();
		assertThat(count("select count(*) from campaign where code not like 'two-%'"))
			.as("the source and one live copy")
			.isEqualTo(2);
		assertThat(count("select count(*) from activity_record")).isPositive();
		assertThat(count("select count(*) from flyway_schema_history where not success")).isZero();
	}

	@Test
	void aSessionFromAGoesOnOnBAndAFormOfAIsPostedToB() {
		var nanning = new Visitor().signIn(this.a, "nanning", "demo");
		var home = nanning.get(this.b, "/");
		assertThat(home.statusCode()).as("signed in on B without signing in again").isEqualTo(200);
		assertThat(Visitor.body(home)).contains("南宁市生态环境局");

		var obligation = liveObligation("2.C.2");
		var token = nanning.csrf(this.a, "/records/new?obligation=" + obligation);
		var png = EvidenceSamples.png();
		var created = nanning.postFile(this.b, "/records", token,
				Map.of("obligation", obligation.toString(), "activityDate", today(), "title", "两个实例之间的记录",
						"submissionToken", UUID.randomUUID().toString()),
				new Upload("files", "through-b.png", "image/png", png));
		assertThat(created.statusCode()).as(Visitor.body(created)).isEqualTo(302);
		var record = created.headers().firstValue("Location").orElseThrow();
		assertThat(record).matches(".*/records/\\d+$");
		var shown = nanning.get(this.a, URI.create(record).getPath());
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(Visitor.body(shown)).contains("两个实例之间的记录");
		long recordId = Long.parseLong(record.substring(record.lastIndexOf('/') + 1));
		assertThat(download(nanning, this.a, recordId, "through-b.png")).as("uploaded through B, read through A")
			.isEqualTo(png);

		var pdf = EvidenceSamples.pdf();
		var added = nanning.postFile(this.a, "/records/" + recordId + "/evidence", nanning.csrf(this.a, record),
				Map.of(), new Upload("files", "through-a.pdf", "application/pdf", pdf));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(download(nanning, this.b, recordId, "through-a.pdf")).as("uploaded through A, read through B")
			.isEqualTo(pdf);
		assertThat(
				this.jdbc.queryForList("select storage_key from evidence where record_id = ?", String.class, recordId))
			.as("kept in the directory the two share")
			.hasSize(2)
			.allSatisfy((key) -> assertThat(this.evidence.resolve(key.substring(0, 2)).resolve(key)).isRegularFile());
	}

	@Test
	void anAdministratorsTaskTableChangeOnAShowsOnBAtOnce() {
		var admin = new Visitor().signIn(this.a, "admin", "demo");
		assertThat(admin.get(this.b, "/campaigns/two-admin").statusCode()).isEqualTo(404);
		createCampaign(admin, "two-admin", "两个实例（甲）");
		var page = admin.get(this.b, "/campaigns/two-admin");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Visitor.body(page)).contains("两个实例（甲）");

		var edit = Visitor.body(admin.get(this.a, "/admin/campaigns/two-admin/edit"));
		var version = find(Pattern.compile("name=\"version\" value=\"(\\d+)\""), edit);
		var fields = campaignFields("two-admin", "两个实例（乙）");
		fields.put("version", version);
		fields.put("_csrf", find(Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\""), edit));
		assertThat(admin.post(this.a, "/admin/campaigns/two-admin/edit", fields).statusCode()).isEqualTo(302);
		assertThat(Visitor.body(admin.get(this.b, "/campaigns/two-admin"))).as("the very next request on B")
			.contains("两个实例（乙）")
			.doesNotContain("两个实例（甲）");
	}

	@Test
	void disablingAPersonOnAEndsTheirSessionOnB() {
		var liuzhou = new Visitor().signIn(this.a, "liuzhou", "demo");
		assertThat(liuzhou.get(this.b, "/records").statusCode()).isEqualTo(200);

		var admin = new Visitor().signIn(this.a, "admin", "demo");
		var user = this.jdbc.queryForMap("select id, version from app_user where username = 'liuzhou'");
		var disabled = admin.post(this.a, "/admin/users/" + user.get("id") + "/enabled",
				Map.of("enabled", "false", "version", user.get("version").toString(), "_csrf",
						admin.csrf(this.a, "/admin/users/" + user.get("id"))));
		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(count("select count(*) from app_user where username = 'liuzhou' and not enabled")).isOne();

		var next = liuzhou.get(this.b, "/records");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
	}

	@Test
	void anImportStartedOnAIsFollowedToItsEndOnB() throws Exception {
		var admin = new Visitor().signIn(this.a, "admin", "demo");
		createCampaign(admin, "two-import", "两个实例（导入）");
		var exported = admin.get(this.a, "/admin/campaigns/" + SOURCE + "/export.xlsx");
		assertThat(exported.statusCode()).isEqualTo(200);
		var started = admin.postFile(this.a, "/admin/campaigns/two-import/import",
				admin.csrf(this.a, "/admin/campaigns/two-import/import"), Map.of("appliesFrom", "2018-01-01"),
				new Upload("file", "task-table.xlsx", XLSX, exported.body()), "HX-Request", "true");
		assertThat(started.statusCode()).isEqualTo(200);
		var poll = find(Pattern.compile("hx-get=\"(/admin/imports/[^\"]+)\""), Visitor.body(started));

		var page = "";
		var deadline = Instant.now().plusSeconds(30);
		while (!page.contains("import-done") && !page.contains("import-problems") && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			var polled = admin.get(this.b, poll, "HX-Request", "true");
			assertThat(polled.statusCode()).isEqualTo(200);
			page = Visitor.body(polled);
		}
		assertThat(Html.text(page, "import-done")).contains("新增任务 44 项");
		assertThat(count("select count(*) from import_job where campaign_code = 'two-import' and status = 'DONE'"))
			.isOne();
	}

	@Test
	void evidenceUploadedThroughOneInstanceDownloadsThroughAnotherOnS3() throws Exception {
		try (var s3 = S3TestServer.start("two-instances")) {
			var store = new HashMap<>(s3.applicationProperties("two-instances"));
			// A and B loaded the demo and run the jobs; these two only serve the requests
			// below (no demo, no jobs, no actuator, beans made when first used: about a
			// third less CPU to start)
			store.put("app.demo.enabled", "false");
			store.put("app.jobs.enabled", "false");
			store.put("management.server.port", "-1");
			store.put("spring.main.lazy-initialization", "true");
			var pair = together(properties("C", store), properties("D", store));
			try {
				var c = base(pair.get(0));
				var d = base(pair.get(1));
				var qinzhou = new Visitor().signIn(c, "qinzhou", "demo");
				var obligation = liveObligation("2.C.2");
				var png = EvidenceSamples.png();
				var created = qinzhou.postFile(c, "/records", qinzhou.csrf(c, "/records/new?obligation=" + obligation),
						Map.of("obligation", obligation.toString(), "activityDate", today(), "title", "存在对象存储的记录",
								"submissionToken", UUID.randomUUID().toString()),
						new Upload("files", "on-s3.png", "image/png", png));
				assertThat(created.statusCode()).isEqualTo(302);
				var record = created.headers().firstValue("Location").orElseThrow();
				long recordId = Long.parseLong(record.substring(record.lastIndexOf('/') + 1));
				assertThat(download(qinzhou, d, recordId, "on-s3.png")).isEqualTo(png);
				var key = this.jdbc.queryForObject("select storage_key from evidence where record_id = ?", String.class,
						recordId);
				try (var client = s3.client()) {
					assertThat(client.getObjectAsBytes((r) -> r.bucket("two-instances").key("evidence/" + key))
						.asByteArray()).as("kept in the bucket, not in a directory").isEqualTo(png);
				}
			}
			finally {
				pair.forEach(ConfigurableApplicationContext::close);
			}
		}
	}

	@Test
	void aRecurringJobRunsOncePerDueTimeOnTwoInstances() throws Exception {
		var deadline = Instant.now().plusSeconds(30);
		while (runs("IMPORT_JOBS_CLEANED") < 2 || runs("SUBMISSION_KEYS_PURGED") < 2) {
			assertThat(Instant.now()).as("two runs of each housekeeping task within 30 s").isBefore(deadline);
			Thread.sleep(250);
		}
		assertThat(this.jdbc.queryForList("""
				select action, details ->> 'dueAt', count(*) from audit_event
				where action in ('IMPORT_JOBS_CLEANED', 'SUBMISSION_KEYS_PURGED')
				group by 1, 2 having count(*) > 1""")).as("no due time ran twice").isEmpty();
		assertThat(this.jdbc.queryForList(
				"select distinct details ->> 'instance' from audit_event where action = 'IMPORT_JOBS_CLEANED'",
				String.class))
			.isSubsetOf("A", "B");
	}

	/**
	 * Starts instances at the same moment, each on its own thread; if one fails, the
	 * others are closed and the failure thrown.
	 */
	private static List<ConfigurableApplicationContext> together(Map<String, Object>... instances) throws Exception {
		var start = new CyclicBarrier(instances.length);
		var pool = Executors.newFixedThreadPool(instances.length);
		try {
			List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
			for (var properties : instances) {
				starting.add(pool.submit(() -> {
					start.await();
					var application = new SpringApplicationBuilder(TaskTableApplication.class).build();
					// Logging is one per JVM and the test run has set it up: two
					// instances
					// setting it up again at the same moment raced each other (Logback's
					// configuration, seen once as "Unknown format
					// 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'"), and doubled every
					// line
					application.setListeners(application.getListeners()
						.stream()
						.filter((listener) -> !(listener instanceof LoggingApplicationListener))
						.toList());
					// as arguments: SpringApplicationBuilder.properties() would be
					// defaults, below application.properties
					return application.run(properties.entrySet()
						.stream()
						.map((p) -> "--" + p.getKey() + "=" + p.getValue())
						.toArray(String[]::new));
				}));
			}
			List<ConfigurableApplicationContext> started = new ArrayList<>();
			ExecutionException failure = null;
			for (var instance : starting) {
				try {
					started.add(instance.get());
				}
				catch (ExecutionException ex) {
					failure = ex;
				}
			}
			if (failure != null) {
				started.forEach(ConfigurableApplicationContext::close);
				throw failure;
			}
			return started;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Map<String, Object> properties(String name, Map<String, Object> store) {
		Map<String, Object> properties = new HashMap<>(store);
		properties.put("spring.datasource.url", this.database.getJdbcUrl());
		properties.put("spring.datasource.username", this.database.getUsername());
		properties.put("spring.datasource.password", this.database.getPassword());
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		properties.put("server.port", "0");
		properties.putIfAbsent("management.server.port", "0");
		properties.putIfAbsent("app.demo.enabled", "true");
		properties.put("app.jobs.housekeeping-schedule", "FIXED_DELAY|2s");
		properties.put("app.jobs.instance-name", name);
		return properties;
	}

	private static URI base(ConfigurableApplicationContext instance) {
		return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port"));
	}

	private void createCampaign(Visitor admin, String code, String name) {
		var fields = campaignFields(code, name);
		fields.put("_csrf", admin.csrf(this.a, "/admin/campaigns/new"));
		assertThat(admin.post(this.a, "/admin/campaigns", fields).statusCode()).isEqualTo(302);
	}

	private static Map<String, String> campaignFields(String code, String name) {
		return new HashMap<>(Map.of("code", code, "name", name, "startDate", "2018-01-01", "endDate", "2020-12-31",
				"timeZone", "Asia/Shanghai", "lateAfterDays", "10", "lockAfterDays", "30", "rootUnitCode", "guangxi"));
	}

	private byte[] download(Visitor visitor, URI instance, long record, String fileName) {
		var id = this.jdbc.queryForObject("select id from evidence where record_id = ? and file_name = ?", Long.class,
				record, fileName);
		var file = visitor.get(instance, "/evidence/" + id);
		assertThat(file.statusCode()).isEqualTo(200);
		return file.body();
	}

	private Long liveObligation(String code) {
		return this.jdbc.queryForObject("""
				select o.id from obligation o join campaign c on c.id = o.campaign_id
				where o.code = ? and c.code <> ? and c.code not like 'two-%'""", Long.class, code, SOURCE);
	}

	private String today() {
		return this.jdbc.queryForObject("select (now() at time zone 'Asia/Shanghai')::date::text", String.class);
	}

	private int runs(String action) {
		return count("select count(*) from audit_event where action = '" + action + "'");
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private static String find(Pattern pattern, String html) {
		var matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in %s", pattern, html).isTrue();
		return matcher.group(1);
	}

}
