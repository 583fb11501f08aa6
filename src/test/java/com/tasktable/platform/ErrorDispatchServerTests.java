package com.tasktable.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import com.tasktable.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the servlet container's error dispatch produces, on a real server (the
 * browser tests' context): a 403 from the security filters, a 405 from Spring's resolvers
 * and a 413 from the multipart limit, each as a page, an htmx panel and an API problem in
 * the caller's language. {@link ErrorPageTests} covers every status with MockMvc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ErrorDispatchServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	/** Over {@code spring.servlet.multipart.max-file-size} (21MB). */
	private static final int TOO_LARGE = 22 * 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void aPageTheRoleMayNotSeeIsThe403PageOrPanel() throws Exception {
		var reporter = signIn("nanning");
		var page = reporter.send(request("/admin/campaigns").header("Accept-Language", "zh-CN").build());
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("<html", "<title>无权访问</title>", "id=\"account-menu\"")
			.doesNotContain("??", "Whitelabel");
		var htmx = reporter
			.send(request("/admin/campaigns").header("Accept-Language", "en").header("HX-Request", "true").build());
		assertThat(htmx.statusCode()).isEqualTo(403);
		assertThat(htmx.headers().firstValue("HX-Retarget")).hasValue("#htmx-alert");
		assertThat(htmx.body()).contains("Not allowed", "id=\"error-panel\"").doesNotContain("<html", "??");
	}

	@Test
	void aMethodTheAddressDoesNotAcceptIsThe405PageOrPanelOrProblem() throws Exception {
		var reporter = signIn("nanning");
		var token = csrfToken(reporter);
		for (var language : new String[] { "zh-CN", "en" }) {
			var page = reporter.send(request("/records").header("Accept-Language", language)
				.header("X-CSRF-TOKEN", token)
				.PUT(BodyPublishers.noBody())
				.build());
			assertThat(page.statusCode()).isEqualTo(405);
			assertThat(page.body()).contains("<html", language.equals("en") ? "Not supported" : "不支持此操作")
				.doesNotContain("??", "Whitelabel");
		}
		var htmx = reporter.send(request("/records").header("X-CSRF-TOKEN", token)
			.header("HX-Request", "true")
			.PUT(BodyPublishers.noBody())
			.build());
		assertThat(htmx.statusCode()).isEqualTo(405);
		assertThat(htmx.body()).contains("不支持此操作").doesNotContain("<html");

		var api = anonymous().send(request("/api/v1/units").header("Authorization", basic("nanning"))
			.header("Accept-Language", "en")
			.DELETE()
			.build());
		assertThat(api.statusCode()).isEqualTo(405);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"title\":\"Not supported\"", "\"status\":405");
	}

	@Test
	void anUploadOverTheLimitIsThe413PageOrProblem() throws Exception {
		var reporter = signIn("nanning");
		var token = csrfToken(reporter);
		var boundary = "----tasktable";
		var page = reporter.send(request("/records").header("Accept-Language", "en")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", token)
			.POST(BodyPublishers.ofByteArray(multipart(boundary)))
			.build());
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("<html", "File too large").doesNotContain("??");

		var api = anonymous().send(request("/api/v1/units").header("Authorization", basic("nanning"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(multipart(boundary)))
			.build());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.body()).contains("\"title\":\"文件太大\"", "\"status\":413");
	}

	private Client signIn(String username) throws IOException, InterruptedException {
		var client = anonymous();
		var login = client.send(request("/login").build()).body();
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		var form = "username=" + username + "&password=demo&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var signedIn = client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return client;
	}

	private String csrfToken(Client client) throws IOException, InterruptedException {
		var home = client.send(request("/").build()).body();
		var token = CSRF.matcher(home);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private Client anonymous() {
		return new Client(HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] multipart(String boundary) {
		var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		var body = new byte[head.length + TOO_LARGE + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, head.length + TOO_LARGE, tail.length);
		return body;
	}

	/**
	 * A browser's cookies, and the redirect after a 413 followed by hand as a browser
	 * would.
	 */
	private record Client(HttpClient http) {

		HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			var response = this.http.send(request, BodyHandlers.ofString());
			if (response.statusCode() == 302 && response.headers()
				.firstValue("Location")
				.filter(location -> location.endsWith(UploadLimitFilter.PAGE))
				.isPresent()) {
				var next = HttpRequest.newBuilder(request.uri().resolve(UploadLimitFilter.PAGE));
				request.headers().firstValue("Accept-Language").ifPresent(l -> next.header("Accept-Language", l));
				return this.http.send(next.build(), BodyHandlers.ofString());
			}
			return response;
		}

	}

}
