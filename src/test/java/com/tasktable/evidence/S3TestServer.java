package com.tasktable.evidence;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.Constants;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real S3-compatible server in the test JVM: S3Proxy (Maven Central, test scope) with
 * its in-memory blob store, on a free port of 127.0.0.1, checking AWS signatures with
 * fixed test credentials. No Docker, no binary: a newcomer needs only the JDK.
 *
 * <pre>
 * try (var s3 = S3TestServer.start("evidence")) {
 *     // one or more application instances, each with the same store:
 *     new SpringApplicationBuilder(TaskTableApplication.class)
 *         .properties(s3.applicationProperties("evidence"))
 *         .run("--server.port=0", ...);
 * }
 * </pre>
 *
 * {@link #shared()} is one server for the whole JVM (the {@code @IntegrationTest} context
 * keeps its evidence there, through {@link Initializer}); {@link #start} makes one of
 * your own, stopped by {@link #close()}.
 */
public final class S3TestServer implements AutoCloseable {

	public static final String ACCESS_KEY = "tasktable-test";

	public static final String SECRET_KEY = "tasktable-test-secret";

	public static final String REGION = "us-east-1";

	private static S3TestServer shared;

	private final S3Proxy proxy;

	private final BlobStore store;

	private S3TestServer(S3Proxy proxy, BlobStore store) {
		this.proxy = proxy;
		this.store = store;
	}

	/** Starts a server of its own with these (empty) buckets. */
	public static S3TestServer start(String... buckets) {
		try {
			var properties = new Properties();
			properties.setProperty(Constants.PROPERTY_IDENTITY, ACCESS_KEY);
			properties.setProperty(Constants.PROPERTY_CREDENTIAL, SECRET_KEY);
			properties.setProperty("jclouds.filesystem.basedir", Files.createTempDirectory("s3-test").toString());
			var store = BlobStores.create("transient-nio2", properties);
			var proxy = S3Proxy.builder()
				.blobStore(store)
				.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
				.endpoint(URI.create("http://127.0.0.1:0"))
				.build();
			proxy.start();
			while (!"STARTED".equals(proxy.getState())) {
				Thread.sleep(10);
			}
			var server = new S3TestServer(proxy, store);
			for (var bucket : buckets) {
				server.createBucket(bucket);
			}
			return server;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the S3 test server", ex);
		}
	}

	/**
	 * One server for the whole test JVM, started on first use, stopped when the JVM ends.
	 */
	public static synchronized S3TestServer shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "s3-test-server-stop"));
		}
		return shared;
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.proxy.getPort());
	}

	public void createBucket(String bucket) {
		if (!this.store.containerExists(bucket)) {
			this.store.createContainer(bucket);
		}
	}

	/** What an application instance needs to keep its evidence in the bucket here. */
	public Map<String, Object> applicationProperties(String bucket) {
		createBucket(bucket);
		return Map.of("app.evidence.storage", "s3", "app.evidence.s3.endpoint", endpoint().toString(),
				"app.evidence.s3.region", REGION, "app.evidence.s3.bucket", bucket, "app.evidence.s3.access-key",
				ACCESS_KEY, "app.evidence.s3.secret-key", SECRET_KEY, "app.evidence.s3.prefix", "evidence/",
				"app.evidence.s3.path-style", "true");
	}

	/** A client of the server, as the application builds it (close it after use). */
	public S3Client client() {
		return S3Storage.client(new S3Properties(endpoint().toString(), REGION, null, ACCESS_KEY, SECRET_KEY, "", true,
				Duration.ofSeconds(2), Duration.ofSeconds(10)));
	}

	/** Stops the server; its objects are gone. */
	public void stop() {
		try {
			this.proxy.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop the S3 test server", ex);
		}
		finally {
			this.store.close();
		}
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * Puts a context's evidence into the {@link #shared()} server, bucket
	 * {@code integration} ({@code @IntegrationTest}).
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("s3-test-server", shared().applicationProperties("integration")));
		}

	}

}
