package com.tasktable.dashboards;

import java.time.LocalDate;

import com.tasktable.IntegrationTest;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.Frequency;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix costs the same few SQL statements for 14 units as for 300 (the task table
 * and unit tree are cached): computed, the campaign's revision, the records and the
 * directive assignments; kept from an earlier request at the same revision, the revision
 * alone.
 */
@IntegrationTest
class MatrixStatementCountTests {

	@Autowired
	ComplianceMatrices matrices;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetTestUnits() {
		this.campaigns.evictCaches();
	}

	@Test
	void fourteenCities() {
		var counted = statementsForTheMatrix();
		assertThat(counted.cities()).isEqualTo(14);
		assertThat(counted.computed()).as("revision, records, directive assignments: nothing per unit").isEqualTo(3);
		assertThat(counted.kept()).as("revision only").isEqualTo(1);
	}

	@Test
	@Transactional
	void threeHundredCities() {
		this.jdbc.update("""
				insert into unit (code, name, level, parent_id, path, sort_order)
				select 'city-' || n, '测试市' || n, 'CITY', g.id, '/guangxi/city-' || n || '/', 100 + n
				from generate_series(1, 286) as n cross join unit g where g.code = 'guangxi'""");
		this.jdbc.update("""
				insert into activity_record (obligation_id, unit_id, activity_date, title, state, created_by)
				select r.obligation_id, u.id, r.activity_date, r.title, r.state, r.created_by
				from activity_record r cross join unit u
				where u.code like 'city-%' and r.unit_id = (select id from unit where code = 'nanning')
				  and r.activity_date >= date '2019-04-01' - 62 and r.activity_date < date '2019-07-01' + 31""");
		this.campaigns.evictCaches();
		var counted = statementsForTheMatrix();
		assertThat(counted.cities()).isEqualTo(300);
		assertThat(counted.computed()).as("revision, records, directive assignments: nothing per unit").isEqualTo(3);
		assertThat(counted.kept()).as("revision only").isEqualTo(1);
	}

	private Counted statementsForTheMatrix() {
		var scope = UnitScope.of(this.units.byCode("guangxi"));
		var quarter = Frequency.QUARTER.periodContaining(LocalDate.of(2019, 5, 1));
		this.matrices.matrix(scope, "guangxi-2018-2020", quarter, o -> true);
		// a new revision (as any saved record makes): the next request computes again
		this.jdbc.update("update campaign set name = name where code = 'guangxi-2018-2020'");
		QueryCountHolder.clear();
		var matrix = this.matrices.matrix(scope, "guangxi-2018-2020", quarter, o -> true);
		long computed = QueryCountHolder.getGrandTotal().getTotal();
		QueryCountHolder.clear();
		var again = this.matrices.matrix(scope, "guangxi-2018-2020", quarter, o -> true);
		long kept = QueryCountHolder.getGrandTotal().getTotal();
		assertThat(again).isEqualTo(matrix);
		int cities = matrix.blocks()
			.stream()
			.filter(b -> b.level() == UnitLevel.CITY)
			.findFirst()
			.orElseThrow()
			.rows()
			.size();
		assertThat(matrix.blocks()).allSatisfy(b -> assertThat(b.obligations()).isNotEmpty());
		return new Counted(cities, computed, kept);
	}

	private record Counted(int cities, long computed, long kept) {
	}

}
