package com.tasktable.audit;

import com.tasktable.IntegrationTest;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The facade guards itself, whatever the URL rules say. */
@IntegrationTest
@Transactional
class AuditLogSearchTests {

	@Autowired
	AuditLog audit;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithMockUser(roles = "REPORTER")
	void reportersMayNotSearch() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.audit.search(root(), false, AuditQuery.ALL, 0));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.audit.actions());
	}

	@Test
	@WithMockUser(roles = "REVIEWER")
	void reviewersMayNotAskForEntriesWithoutAUnit() {
		assertThat(this.audit.search(root(), false, AuditQuery.ALL, 0).getSize()).isEqualTo(AuditLog.PAGE_SIZE);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.audit.search(root(), true, AuditQuery.ALL, 0));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theActionsPresentAreListed() {
		new AuditEntries(this.jdbc).entry(null, "a1").action("TEST_LISTED").save();
		assertThat(this.audit.actions()).contains("TEST_LISTED", "USER_CREATED").doesNotHaveDuplicates().isSorted();
	}

	private UnitScope root() {
		return UnitScope.of(this.units.roots().get(0));
	}

}
