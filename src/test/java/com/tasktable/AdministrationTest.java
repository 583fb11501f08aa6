package com.tasktable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * Like {@link IntegrationTest}, on a context and database of its own: administration
 * tests change reference data (the task table, the unit tree, accounts) that the other
 * tests read as the demo left it. Every class with this annotation shares that one
 * context. The sign-in throttle keeps its real numbers here (the other tests raise them,
 * since every MockMvc request comes from 127.0.0.1 and the demo accounts are shared).
 * <p>
 * Having its own database, the group runs beside the other tests, one class at a time
 * (the lock), see {@code junit-platform.properties}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Execution(ExecutionMode.CONCURRENT)
// its classes form one chain behind the lock: started early, the chain does not end the
// run alone
@Order(2)
@ResourceLock("administration-database")
@SpringBootTest(properties = { "app.test.context=administration", "app.login-throttle.address-failures=20",
		"app.login-throttle.user-failures=5" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface AdministrationTest {

}
