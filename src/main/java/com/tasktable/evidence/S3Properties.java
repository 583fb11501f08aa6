package com.tasktable.evidence;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bucket of {@code app.evidence.storage=s3}: any S3-compatible object storage (a
 * government cloud's OSS, COS or OBS, MinIO, AWS).
 *
 * @param endpoint the service's address ({@code https://oss-cn-…}); blank for AWS itself
 * @param region the signing region (most S3-compatible stores accept any, often
 * {@code us-east-1})
 * @param bucket where the objects go; it must exist, the application does not create it
 * @param accessKey with {@code secretKey}: static credentials; blank for the SDK's
 * default chain (environment, instance profile)
 * @param secretKey the secret of {@code accessKey}
 * @param prefix put before every key ({@code evidence/}), so that a bucket can be shared
 * @param pathStyle {@code http://host/bucket/key} addresses (MinIO, most private clouds)
 * rather than {@code http://bucket.host/key}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a read may stall
 */
@ConfigurationProperties("app.evidence.s3")
public record S3Properties(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
		String secretKey, @DefaultValue("") String prefix, @DefaultValue("true") boolean pathStyle,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout) {

	/** The endpoint, or null when none is set (AWS's own, from the region). */
	URI endpointUri() {
		return (this.endpoint == null || this.endpoint.isBlank()) ? null : URI.create(this.endpoint.strip());
	}

	boolean hasStaticCredentials() {
		return this.accessKey != null && !this.accessKey.isBlank();
	}

	String prefixOrEmpty() {
		return (this.prefix == null) ? "" : this.prefix;
	}

}
