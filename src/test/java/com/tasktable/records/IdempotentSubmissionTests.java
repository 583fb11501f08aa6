package com.tasktable.records;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tasktable.browser.BrowserTest;
import com.tasktable.users.ApiTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many submissions with one key at the same moment, on a real server: the web form's
 * one-time token sent 64 times at once from one session, and an API
 * {@code Idempotency-Key} sent 64 times at once. The database lets one store the record;
 * every other request waits for it and answers with that record. Exactly one record, no
 * error. On the browser tests' context (a real server, a database that may be written
 * under its lock); Guilin's records are no journey's.
 */
@BrowserTest
class IdempotentSubmissionTests {

	private static final int SUBMISSIONS = 64;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SUBMISSION_TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"");

	private static final Pattern RECORD_PAGE = Pattern.compile("/records/(\\d+)$");

	private static final Pattern RECORD_ID = Pattern.compile("^\\{\"id\":(\\d+),");

	@LocalServerPort
	int port;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormSentManyTimesAtOnceStoresOneRecordAndEveryAnswerShowsIt() throws Exception {
		var client = signIn("guilin");
		var obligation = this.fixtures.obligation("2.C.2").toString();
		var form = client.send(request("/records/new?obligation=" + obligation).build(), BodyHandlers.ofString())
			.body();
		var token = find(SUBMISSION_TOKEN, form);
		var title = "同时提交 " + UUID.randomUUID();
		var boundary = "----idempotency" + UUID.randomUUID();
		var body = multipart(boundary, Map.of("_csrf", find(CSRF, form), "obligation", obligation, "activityDate",
				this.fixtures.today().toString(), "title", title, "submissionToken", token));

		var answers = all(() -> client
			.send(request("/records").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(BodyPublishers.ofString(body))
				.build(), BodyHandlers.ofString()));

		var id = onlyRecordTitled(title);
		for (var answer : answers) {
			assertThat(answer.statusCode()).as("a redirect to the record's page").isEqualTo(302);
			var location = answer.headers().firstValue("Location").orElseThrow();
			assertThat(Long.valueOf(find(RECORD_PAGE, location))).isEqualTo(id);
		}
		assertThat(this.jdbc.queryForObject("select record_id from form_submission where token = ?", Long.class,
				UUID.fromString(token)))
			.isEqualTo(id);
	}

	@Test
	void anIdempotencyKeySentManyTimesAtOnceStoresOneRecordAndEveryAnswerIsIt() throws Exception {
		// a token rather than HTTP Basic: 64 BCrypt checks would spread the requests over
		// seconds, a token is one lookup, so they reach the database together
		var bearer = this.tokens.create(this.fixtures.user("guilin"), "idempotency", Duration.ofDays(1));
		var client = newClient();
		var key = UUID.randomUUID().toString();
		var title = "重试 " + key;
		var json = """
				{"unit": "guilin", "obligation": "2.C.2", "activityDate": "%s", "title": "%s"}
				""".formatted(this.fixtures.today(), title);

		var answers = all(() -> client.send(request("/api/v1/records").header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(BodyPublishers.ofString(json))
			.build(), BodyHandlers.ofString()));

		var id = onlyRecordTitled(title);
		for (var answer : answers) {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
			assertThat(answer.headers().firstValue("Location")).hasValue("/api/v1/records/" + id);
			assertThat(Long.valueOf(find(RECORD_ID, answer.body()))).isEqualTo(id);
			assertThat(answer.body()).isEqualTo(answers.get(0).body());
		}
	}

	/**
	 * Sends {@value #SUBMISSIONS} requests at once (each thread waits at a gate opened
	 * when all are ready) and returns every answer.
	 */
	private static List<HttpResponse<String>> all(Callable<HttpResponse<String>> send) throws Exception {
		var pool = Executors.newFixedThreadPool(SUBMISSIONS);
		try {
			var ready = new CountDownLatch(SUBMISSIONS);
			var gate = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < SUBMISSIONS; i++) {
				sent.add(pool.submit(() -> {
					ready.countDown();
					gate.await();
					return send.call();
				}));
			}
			ready.await();
			gate.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (var answer : sent) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long onlyRecordTitled(String title) {
		var ids = this.jdbc.queryForList("select id from activity_record where title = ?", Long.class, title);
		assertThat(ids).as("records stored").hasSize(1);
		return ids.get(0);
	}

	private HttpClient signIn(String username) throws IOException, InterruptedException {
		var client = newClient();
		var login = client.send(request("/login").build(), BodyHandlers.ofString()).body();
		var form = "username=" + username + "&password=demo&_csrf="
				+ URLEncoder.encode(find(CSRF, login), StandardCharsets.UTF_8);
		var signedIn = client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return client;
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return matcher.group(1);
	}

	/** The form as a browser sends it (it may carry files), without any. */
	private static String multipart(String boundary, Map<String, String> fields) {
		var body = new StringBuilder();
		for (var field : fields.entrySet()) {
			body.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(field.getKey())
				.append("\"\r\n\r\n")
				.append(field.getValue())
				.append("\r\n");
		}
		return body.append("--").append(boundary).append("--\r\n").toString();
	}

}
