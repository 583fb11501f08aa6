package com.tasktable.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import com.tasktable.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management port as in production (a port of its own; tests take a random one):
 * readiness with the database, liveness, and Prometheus metrics there without sign-in,
 * and none of it on the application port. Same context as
 * {@link ErrorDispatchServerTests} and the browser tests (no context of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ManagementPortTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void theManagementPortIsNotTheApplicationPort() {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
	}

	@Test
	void readinessIncludesTheDatabase() throws Exception {
		var readiness = get(this.managementPort, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\":{\"status\":\"UP\"", "\"readinessState\"")
			.doesNotContain("jdbc:", "PostgreSQL");
		var liveness = get(this.managementPort, "/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
	}

	@Test
	void prometheusAnswersOnTheManagementPortWithoutSignIn() throws Exception {
		get(this.port, "/login");
		var metrics = get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).containsAnyOf("text/plain", "application/openmetrics-text"));
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests",
				"application=\"task-table\"");
	}

	@Test
	void theApplicationPortServesNoActuator() throws Exception {
		for (var path : new String[] { "/actuator/prometheus", "/actuator/health", "/actuator/health/readiness" }) {
			var response = get(this.port, path);
			assertThat(response.statusCode()).as(path).isNotEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain("jvm_memory", "\"status\":\"UP\"");
		}
	}

	@Test
	void onlyHealthInfoAndMetricsAreOnTheManagementPort() throws Exception {
		for (var path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump" }) {
			// not exposed, so no endpoint matches: the web chain asks for a sign-in, and
			// there is nothing behind it
			assertThat(get(this.managementPort, path).statusCode()).as(path).isIn(302, 403, 404);
		}
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				BodyHandlers.ofString());
	}

}
