package com.tasktable.dashboards;

import com.tasktable.IntegrationTest;
import com.tasktable.campaigns.Campaigns;
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
 * The trends page's figures (every unit, every quarter of the campaign, the ranking and
 * the average) cost the same statements for 14 units as for 300: the units in scope, the
 * records with exemptions and ratings, and the directive assignments; the task table is
 * cached.
 */
@IntegrationTest
class TrendsStatementCountTests {

	@Autowired
	ComplianceTrends trends;

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
		assertThat(statementsFor(14)).as("units, records, directive assignments: nothing per unit").isEqualTo(3);
	}

	@Test
	@Transactional
	void threeHundredCities() {
		this.jdbc.update("""
				insert into unit (code, name, level, parent_id, path, sort_order)
				select 'city-' || n, '测试市' || n, 'CITY', g.id, '/guangxi/city-' || n || '/', 100 + n
				from generate_series(1, 286) as n cross join unit g where g.code = 'guangxi'""");
		this.campaigns.evictCaches();
		assertThat(statementsFor(300)).as("units, records, directive assignments: nothing per unit").isEqualTo(3);
	}

	private long statementsFor(int cities) {
		var scope = UnitScope.of(this.units.byCode("guangxi"));
		// the first call fills the caches (task table, unit index) as any earlier page
		// would
		this.trends.trends(scope, "guangxi-2018-2020");
		QueryCountHolder.clear();
		var trends = this.trends.trends(scope, "guangxi-2018-2020");
		long counted = QueryCountHolder.getGrandTotal().getTotal();
		assertThat(trends.lines()).hasSize(cities);
		assertThat(trends.ranking(null).places()).hasSize(cities);
		return counted;
	}

}
