package com.tasktable.users;

import com.tasktable.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without demo data, the first administrator comes from the environment; nobody else
 * exists.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("bootstrap-database")
@SpringBootTest(properties = { "app.demo.enabled=false", "app.bootstrap-admin.username=Chief",
		"app.bootstrap-admin.password=a-long-secret" })
@Import(TestDatabaseConfiguration.class)
class BootstrapAdminTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theOnlyAccountIsTheConfiguredAdministrator() {
		assertThat(this.jdbc.queryForList("select username from app_user", String.class)).containsExactly("chief");
		assertThat(this.jdbc.queryForList("select role from app_user_role", String.class)).containsExactly("ADMIN");
		var hash = this.jdbc.queryForObject("select password_hash from app_user", String.class);
		assertThat(this.passwordEncoder.matches("a-long-secret", hash)).isTrue();
		assertThat(this.passwordEncoder.matches("demo", hash)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from activity_record", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'USER_CREATED'",
				Integer.class))
			.isEqualTo(1);
	}

}
