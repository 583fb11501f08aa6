package com.tasktable.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Evidence as objects in an S3-compatible bucket ({@code app.evidence.storage=s3},
 * {@link S3Properties}), through the AWS SDK over the JDK's HTTP client. Every instance
 * of the application sees the same objects. A download streams the object from the store
 * to the response; nothing is held in memory.
 */
@Component
@ConditionalOnProperty(prefix = "app.evidence", name = "storage", havingValue = "s3")
class S3Storage implements EvidenceStorage, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(S3Storage.class);

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	@Autowired
	S3Storage(S3Properties properties) {
		this(client(properties), properties.bucket(), properties.prefixOrEmpty());
	}

	S3Storage(S3Client s3, String bucket, String prefix) {
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalStateException("app.evidence.storage=s3 needs a bucket: set APP_S3_BUCKET");
		}
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	/**
	 * A client for any S3-compatible store: checksums only where the API requires them
	 * (the SDK's newer default trailing checksums are refused by several of them).
	 */
	static S3Client client(S3Properties properties) {
		var builder = S3Client.builder()
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(properties.connectTimeout())
				.socketTimeout(properties.readTimeout()));
		if (properties.endpointUri() != null) {
			builder.endpointOverride(properties.endpointUri());
		}
		builder.credentialsProvider(properties.hasStaticCredentials()
				? StaticCredentialsProvider
					.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()))
				: DefaultCredentialsProvider.builder().build());
		return builder.build();
	}

	@Override
	public void put(String key, byte[] content, String mediaType) {
		var name = objectName(key);
		try {
			this.s3.putObject(b -> b.bucket(this.bucket).key(name).contentType(mediaType),
					RequestBody.fromBytes(content));
		}
		catch (SdkException ex) {
			throw unavailable("store", name, ex);
		}
	}

	@Override
	public Resource get(String key) {
		var name = objectName(key);
		var stream = open(name);
		return new StoredObject("evidence object " + name, stream.response().contentLength(), stream, () -> open(name));
	}

	private ResponseInputStream<GetObjectResponse> open(String name) {
		try {
			return this.s3.getObject(b -> b.bucket(this.bucket).key(name));
		}
		catch (NoSuchKeyException ex) {
			throw new EvidenceMissingException(name);
		}
		catch (S3Exception ex) {
			// some stores say a missing key with a bare 404; a missing bucket is a
			// configuration fault, not a missing file
			if (ex.statusCode() == 404 && !isNoSuchBucket(ex)) {
				throw new EvidenceMissingException(name);
			}
			throw unavailable("read", name, ex);
		}
		catch (SdkException ex) {
			throw unavailable("read", name, ex);
		}
	}

	@Override
	public void delete(String key) {
		var name = objectName(key);
		try {
			this.s3.deleteObject(b -> b.bucket(this.bucket).key(name));
		}
		catch (SdkException ex) {
			log.warn("Could not delete evidence object {}: {}", name, ex.getMessage());
		}
	}

	private static boolean isNoSuchBucket(S3Exception ex) {
		return ex.awsErrorDetails() != null && "NoSuchBucket".equals(ex.awsErrorDetails().errorCode());
	}

	private String objectName(String key) {
		return this.prefix + EvidenceStorage.requireKey(key);
	}

	private EvidenceUnavailableException unavailable(String action, String name, SdkException ex) {
		log.warn("Evidence storage could not {} {} in bucket {}: {}", action, name, this.bucket, ex.getMessage());
		return new EvidenceUnavailableException("Evidence storage unavailable", ex);
	}

	@Override
	public void destroy() {
		this.s3.close();
	}

}
