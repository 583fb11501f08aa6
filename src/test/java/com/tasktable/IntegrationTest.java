package com.tasktable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.tasktable.evidence.S3TestServer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on real PostgreSQL with the demo data loaded, driven through
 * MockMvc. Every class with this annotation shares one Spring context (and its database),
 * so add no per-class configuration. Its evidence goes to a real S3-compatible server in
 * the test JVM ({@link S3TestServer}), so the upload and download paths run against
 * {@code app.evidence.storage=s3}; the other contexts keep the default local directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ContextConfiguration(initializers = S3TestServer.Initializer.class)
public @interface IntegrationTest {

}
