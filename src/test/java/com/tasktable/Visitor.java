package com.tasktable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's browser, over real HTTP: it keeps the {@code SESSION} cookie the
 * application sets and sends it to whichever instance it asks, as a browser behind a load
 * balancer without sticky sessions would. Redirects are not followed, so a test sees
 * where it is sent.
 */
final class Visitor {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final Pattern SESSION = Pattern.compile("^SESSION=([^;]*)");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	private String session;

	/** Signs in on {@code instance} with the login form and its CSRF token. */
	Visitor signIn(URI instance, String username, String password) {
		var form = get(instance, "/login");
		assertThat(form.statusCode()).isEqualTo(200);
		var token = match(CSRF_INPUT, body(form));
		var done = post(instance, "/login", Map.of("username", username, "password", password, "_csrf", token));
		assertThat(done.statusCode()).as("signed in as %s", username).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return this;
	}

	/** The CSRF token of a page, as its forms and htmx send it. */
	String csrf(URI instance, String path) {
		var page = get(instance, path);
		assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
		return match(CSRF_META, body(page));
	}

	HttpResponse<byte[]> get(URI instance, String path, String... headers) {
		var request = request(instance, path, headers).GET();
		return send(request);
	}

	/** A form as a browser posts it ({@code application/x-www-form-urlencoded}). */
	HttpResponse<byte[]> post(URI instance, String path, Map<String, String> fields) {
		var form = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(instance, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
	}

	/**
	 * A form with one file ({@code multipart/form-data}); the CSRF token goes in its
	 * header, as htmx sends it.
	 */
	HttpResponse<byte[]> postFile(URI instance, String path, String csrf, Map<String, String> fields, Upload file,
			String... headers) {
		var boundary = "----two-instances-" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
				+ file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
		body.writeBytes(file.content());
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(request(instance, path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", csrf)
			.POST(BodyPublishers.ofByteArray(body.toByteArray())));
	}

	static String body(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(URI instance, String path, String... headers) {
		var request = HttpRequest.newBuilder(instance.resolve(path)).timeout(Duration.ofSeconds(30));
		if (this.session != null) {
			request.header("Cookie", "SESSION=" + this.session);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			var response = CLIENT.send(request.build(), BodyHandlers.ofByteArray());
			for (var cookie : response.headers().allValues("Set-Cookie")) {
				var session = SESSION.matcher(cookie);
				if (session.find()) {
					this.session = session.group(1).isEmpty() ? null : session.group(1);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String match(Pattern pattern, String html) {
		var matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1).replace("&#45;", "-");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A file as a form sends it. */
	record Upload(String field, String name, String contentType, byte[] content) {
	}

}
