package com.tasktable.dashboards;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.List;

import com.tasktable.IntegrationTest;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Status;
import com.tasktable.records.RecordFixtures;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Row 6 on the dashboard: a city's directives decide its 6.C.1 cell. */
@IntegrationTest
@Transactional
class DirectiveCellTests {

	@Autowired
	ComplianceMatrices matrices;

	@Autowired
	Units units;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void anOpenDirectiveIsDueAndADoneOneIsMet() {
		var live = this.fixtures.live();
		var today = this.fixtures.today();
		var obligation = this.fixtures.obligation("6.C.1");
		// Due within the quarter being judged, even on its last day.
		var deadline = Collections.min(List.of(today.plusDays(2), Frequency.QUARTER.periodContaining(today).end()));
		var now = Timestamp.from(this.clock.instant());
		this.jdbc.update(
				"""
						insert into directive (campaign_id, obligation_id, issuing_unit_id, title, deadline, issued_by, issued_at)
						select ?, ?, u.id, '转发：六五环境日海报', ?, a.id, ? from unit u join app_user a on a.username = 'reviewer'
						where u.code = 'guangxi'""",
				live.id(), obligation, deadline, now);
		this.jdbc.update("""
				insert into directive_assignment (directive_id, unit_id)
				select max(d.id), (select id from unit where code = 'qinzhou') from directive d""");
		assertThat(statusOf6C1("qinzhou")).isEqualTo(Status.DUE);

		this.jdbc.update("""
				update directive_assignment set status = 'DONE', done_at = ?, response = '已转发',
				  done_by = (select id from app_user where username = 'qinzhou')
				where unit_id = (select id from unit where code = 'qinzhou')""", now);
		assertThat(statusOf6C1("qinzhou")).isEqualTo(Status.MET);
		assertThat(statusOf6C1("yulin")).as("no directive this quarter").isEqualTo(Status.NOT_APPLICABLE);
	}

	private Status statusOf6C1(String unit) {
		var live = this.fixtures.live();
		var quarter = Frequency.QUARTER.periodContaining(this.fixtures.today());
		var matrix = this.matrices.matrix(UnitScope.of(this.units.byCode("guangxi")), live.code(), quarter,
				o -> o.code().equals("6.C.1"));
		var row = matrix.blocks()
			.get(0)
			.rows()
			.stream()
			.filter(r -> r.unit().code().equals(unit))
			.findFirst()
			.orElseThrow();
		return row.cells().get(0).status();
	}

}
