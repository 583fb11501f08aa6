package com.tasktable.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.tasktable.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a load balancer, on a real server (MockMvc runs no Tomcat valve; the context of
 * {@link ErrorDispatchServerTests}): {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are believed from a trusted proxy (by default the loopback
 * address 127.0.0.1 only), so the audit and the sign-in throttle see the person's address
 * and the session cookie is {@code Secure} behind TLS; from any other address they are
 * ignored. The other address is 127.0.0.2, which Linux routes to the loopback interface
 * too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ForwardedHeadersServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: (SESSION=[^;\\r\\n]*)(.*)$");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTrustedProxyGivesThePersonsAddressAndTls() throws Exception {
		var attempt = failSignIn("127.0.0.1", "203.0.113.7");
		assertThat(attempt.cookie()).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(auditedAddress(attempt.username())).isEqualTo("203.0.113.7");
		assertThat(throttledAddresses()).contains("203.0.113.7");
	}

	@Test
	void anAddressTheClientWroteBeforeTheProxysIsNotBelieved() throws Exception {
		var attempt = failSignIn("127.0.0.1", "198.51.100.1, 203.0.113.9");
		assertThat(auditedAddress(attempt.username())).isEqualTo("203.0.113.9");
	}

	@Test
	void headersFromAnyOtherAddressAreIgnored() throws Exception {
		var attempt = failSignIn("127.0.0.2", "203.0.113.8");
		assertThat(attempt.cookie()).doesNotContain("Secure").contains("HttpOnly");
		assertThat(auditedAddress(attempt.username())).isEqualTo("127.0.0.2");
		assertThat(throttledAddresses()).contains("127.0.0.2").doesNotContain("203.0.113.8");
	}

	/**
	 * Opens the login page and signs in with a wrong password, both through "the proxy".
	 */
	private Attempt failSignIn(String from, String forwardedFor) throws IOException {
		var headers = List.of("X-Forwarded-For: " + forwardedFor, "X-Forwarded-Proto: https");
		var page = send(from, "GET /login HTTP/1.0", headers, null);
		var cookie = SESSION.matcher(page);
		assertThat(cookie.find()).as("a session cookie in %s", page).isTrue();
		var token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		var username = "proxied" + SEQUENCE.incrementAndGet();
		var form = "username=" + username + "&password=wrong&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var withCookie = new ArrayList<>(headers);
		withCookie.add("Cookie: " + cookie.group(1));
		withCookie.add("Content-Type: application/x-www-form-urlencoded");
		var answer = send(from, "POST /login HTTP/1.0", withCookie, form);
		assertThat(answer).startsWith("HTTP/1.1 302").contains("/login?error");
		return new Attempt(username, cookie.group(0));
	}

	private String send(String from, String requestLine, List<String> headers, String body) throws IOException {
		try (var socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 10_000);
			socket.setSoTimeout(30_000);
			var request = new StringBuilder(requestLine).append("\r\nHost: localhost:")
				.append(this.port)
				.append("\r\n");
			headers.forEach(h -> request.append(h).append("\r\n"));
			var bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			if (body != null) {
				request.append("Content-Length: ").append(bytes.length).append("\r\n");
			}
			request.append("\r\n");
			var out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(bytes);
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String auditedAddress(String username) {
		return this.jdbc.queryForObject(
				"select remote_addr from audit_event where action = 'LOGIN_FAILED' and actor = ?", String.class,
				username);
	}

	private List<String> throttledAddresses() {
		return this.jdbc.queryForList("select key from login_throttle where kind = 'A'", String.class);
	}

	private record Attempt(String username, String cookie) {
	}

}
