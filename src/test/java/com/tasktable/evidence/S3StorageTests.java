package com.tasktable.evidence;

import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link S3Storage} against a real S3-compatible server ({@link S3TestServer}), not a
 * mock of the client: what goes in comes out byte for byte, with its length and type; a
 * missing object is "not found"; a store that does not answer is "unavailable".
 */
class S3StorageTests {

	private static S3TestServer server;

	@BeforeAll
	static void start() {
		server = S3TestServer.start("evidence");
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	private static S3Storage storage() {
		return new S3Storage(server.client(), "evidence", "tt/");
	}

	@Test
	void whatIsPutComesBackByteForByteWithItsLengthAndType() throws Exception {
		var content = new byte[3 * 1024 * 1024 + 17];
		new Random(13).nextBytes(content);
		var key = UUID.randomUUID().toString();
		storage().put(key, content, "application/pdf");

		var resource = storage().get(key);
		assertThat(resource.contentLength()).isEqualTo(content.length);
		try (var in = resource.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		try (var s3 = server.client()) {
			var head = s3.headObject(b -> b.bucket("evidence").key("tt/" + key));
			assertThat(head.contentLength()).isEqualTo(content.length);
			assertThat(head.contentType()).isEqualTo("application/pdf");
		}
	}

	@Test
	void aResourceCanBeReadTwice() throws Exception {
		var key = UUID.randomUUID().toString();
		storage().put(key, EvidenceSamples.pdf(), "application/pdf");
		var resource = storage().get(key);
		resource.getInputStream().readAllBytes();
		assertThat(resource.getInputStream().readAllBytes()).isEqualTo(EvidenceSamples.pdf());
	}

	@Test
	void aDeletedOrNeverStoredObjectIsNotFound() {
		var key = UUID.randomUUID().toString();
		storage().put(key, EvidenceSamples.pdf(), "application/pdf");
		storage().delete(key);
		assertThatExceptionOfType(EvidenceMissingException.class).isThrownBy(() -> storage().get(key));
		assertThatExceptionOfType(EvidenceMissingException.class)
			.isThrownBy(() -> storage().get(UUID.randomUUID() + ".thumb"));
		storage().delete(key);
	}

	@Test
	void aStoreThatDoesNotAnswerIsUnavailableNotAStackTrace() {
		var gone = S3TestServer.start("evidence");
		var client = gone.client();
		var storage = new S3Storage(client, "evidence", "");
		var key = UUID.randomUUID().toString();
		storage.put(key, EvidenceSamples.pdf(), "application/pdf");
		gone.stop();
		assertThatExceptionOfType(EvidenceUnavailableException.class).isThrownBy(() -> storage.get(key));
		assertThatExceptionOfType(EvidenceUnavailableException.class)
			.isThrownBy(() -> storage.put(key, EvidenceSamples.pdf(), "application/pdf"));
		storage.delete(key);
		client.close();
	}

	@Test
	void aMissingBucketIsAConfigurationFaultNotAMissingFile() {
		var storage = new S3Storage(server.client(), "no-such-bucket", "");
		var key = UUID.randomUUID().toString();
		assertThatExceptionOfType(EvidenceUnavailableException.class).isThrownBy(() -> storage.get(key));
		assertThatExceptionOfType(EvidenceUnavailableException.class)
			.isThrownBy(() -> storage.put(key, EvidenceSamples.pdf(), "application/pdf"));
		assertThat(AnnotationUtils.findAnnotation(EvidenceUnavailableException.class, ResponseStatus.class).code())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void onlyServerKeysAreUsed() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> storage().get("../other-bucket/secret"));
	}

	@Test
	void theFacadeStoresOpensAndDeletesAnImageAndItsThumbnailInTheBucket() throws Exception {
		var properties = new EvidenceProperties(EvidenceProperties.Storage.S3, Path.of("unused"),
				DataSize.ofMegabytes(1), 2);
		var files = new EvidenceFiles(storage(), properties);
		var stored = files.store(new Upload("现场.png", EvidenceSamples.png()));
		assertThat(files.open(stored.storageKey()).getInputStream().readAllBytes()).isEqualTo(EvidenceSamples.png());
		assertThat(files.open(stored.thumbnailKey()).getInputStream().readNBytes(3)).containsExactly(0xFF, 0xD8, 0xFF);
		try (var s3 = server.client()) {
			assertThat(s3.headObject(b -> b.bucket("evidence").key("tt/" + stored.thumbnailKey())).contentType())
				.isEqualTo("image/jpeg");
		}
		files.delete(stored);
		assertThatExceptionOfType(EvidenceMissingException.class).isThrownBy(() -> files.open(stored.storageKey()));
		assertThatExceptionOfType(EvidenceMissingException.class).isThrownBy(() -> files.open(stored.thumbnailKey()));
	}

	@Test
	void theConfigurationChoosesTheStorage() {
		var runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class);
		runner.run((context) -> assertThat(context).hasSingleBean(LocalDiskStorage.class)
			.doesNotHaveBean(S3Storage.class));
		runner
			.withPropertyValues(server.applicationProperties("evidence")
				.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + e.getValue())
				.toArray(String[]::new))
			.run((context) -> assertThat(context).hasSingleBean(S3Storage.class)
				.doesNotHaveBean(LocalDiskStorage.class));
		runner.withPropertyValues("app.evidence.storage=s3")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("APP_S3_BUCKET"));
	}

	@EnableConfigurationProperties({ EvidenceProperties.class, S3Properties.class })
	@org.springframework.context.annotation.Import({ LocalDiskStorage.class, S3Storage.class, EvidenceFiles.class })
	static class Wiring {

	}

}
