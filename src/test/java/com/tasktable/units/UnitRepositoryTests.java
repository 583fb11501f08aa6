package com.tasktable.units;

import com.tasktable.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit tree's queries on PostgreSQL (a {@code @DataJpaTest} on a database of its own,
 * migrated by Flyway, no demo): the materialised path that makes "this unit and
 * everything below" one {@code LIKE}. Each test rolls back.
 */
@DataJpaTest(properties = "app.demo.enabled=false")
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class UnitRepositoryTests {

	@Autowired
	UnitRepository units;

	@Test
	void theRegionIsTheOnlyRootAndItsSubtreeIsOnePathPrefix() {
		assertThat(this.units.findRoots()).extracting(Unit::getCode).containsExactly("guangxi");
		var region = this.units.findByPathLike("/guangxi/%");
		assertThat(region).hasSize(15);
		assertThat(region.get(0).getCode()).as("shortest path first").isEqualTo("guangxi");
		assertThat(region).allSatisfy((unit) -> assertThat(unit.getPath()).startsWith("/guangxi/"));
		assertThat(region.subList(1, region.size())).allSatisfy((unit) -> {
			assertThat(unit.getLevel()).isEqualTo(UnitLevel.CITY);
			assertThat(unit.getParentId()).isEqualTo(region.get(0).getId());
		});
		assertThat(this.units.findByPathLike("/guangxi/nanning/%")).extracting(Unit::getCode)
			.containsExactly("nanning");
	}

	@Test
	void aNewCountyGoesBelowItsCityAfterItsSiblings() {
		var nanning = this.units.findByCode("nanning").orElseThrow();
		int last = this.units.maxSortOrderBelow(nanning.getId());
		var county = this.units.save(new Unit(nanning, "test-county", "测试县", "Test County", last + 1, null));
		assertThat(county.getPath()).isEqualTo("/guangxi/nanning/test-county/");
		assertThat(county.getLevel()).isEqualTo(UnitLevel.COUNTY);
		assertThat(this.units.existsByCode("test-county")).isTrue();
		assertThat(this.units.maxSortOrderBelow(nanning.getId())).isEqualTo(last + 1);
		assertThat(this.units.findByPathLike("/guangxi/nanning/%")).extracting(Unit::getCode).contains("test-county");
	}

}
