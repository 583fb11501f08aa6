package com.tasktable.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.tasktable.TestDatabaseConfiguration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A user's journey in a real browser against the application on a random port, with the
 * demo data. The journeys share one context and its database, which they change (records
 * logged, approved, returned), so they run one class at a time (the lock) but beside the
 * MockMvc tests, which use other databases ({@code junit-platform.properties}). The
 * accessibility checks share the context without the lock: they only read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@Execution(ExecutionMode.CONCURRENT)
// its classes form one chain behind the lock: started early, the chain does not end the
// run alone
@Order(2)
@ResourceLock(BrowserTest.DATABASE)
public @interface BrowserTest {

	/** The lock of the browser context's database. */
	String DATABASE = "browser-database";

}
