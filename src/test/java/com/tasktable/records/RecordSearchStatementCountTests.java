package com.tasktable.records;

import com.tasktable.IntegrationTest;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the records list (the API's and the screen's) costs the same statements for a
 * city as for the whole region: the units in scope, the page, its count and one for the
 * page's preview images, nothing per unit or per record (campaigns and task tables are
 * cached).
 */
@IntegrationTest
class RecordSearchStatementCountTests {

	@Autowired
	RecordQueries queries;

	@Autowired
	RecordFixtures fixtures;

	@Test
	void aCityAndTheRegionCostTheSame() {
		long city = statementsForAPage("nanning");
		long region = statementsForAPage("guangxi");
		assertThat(city).as("units in scope, page, count, preview images").isEqualTo(4);
		assertThat(region).isEqualTo(city);
	}

	private long statementsForAPage(String username) {
		var reader = this.fixtures.user(username);
		var filter = new RecordFilter("guangxi-2018-2020", null, null, null, null, null);
		var warm = this.queries.search(reader, filter, PageRequest.of(1, 500));
		assertThat(warm.getContent()).hasSize(500);
		QueryCountHolder.clear();
		var page = this.queries.search(reader, filter, PageRequest.of(1, 500));
		long statements = QueryCountHolder.getGrandTotal().getTotal();
		assertThat(page.getTotalElements()).isGreaterThan(1000);
		return statements;
	}

}
