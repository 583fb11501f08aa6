package com.tasktable.units;

import java.time.LocalDate;

import com.tasktable.TestDatabaseConfiguration;
import com.tasktable.platform.RejectedException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The unit tree on its own (Spring Modulith bootstraps the units module alone, on a
 * database of its own migrated by Flyway, without the demo): each change is published as
 * one {@link UnitChanged} with what it was and what it became, which is how the audit log
 * and the campaigns learn of it; a refused change publishes nothing.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@Import(TestDatabaseConfiguration.class)
@TestPropertySource(properties = "app.demo.enabled=false")
@WithMockUser(roles = "ADMIN")
class UnitTreeModuleTests {

	@Autowired
	UnitAdministration administration;

	@Autowired
	Units units;

	@Test
	void aCountyAddedBelowACityIsPublishedWithItsFields(Scenario scenario) {
		var nanning = UnitScope.of(this.units.byCode("nanning"));
		scenario
			.stimulate(() -> this.administration.addChild(nanning, "admin", "nanning", "wuming", "武鸣区",
					"Wuming District", LocalDate.of(2024, 1, 1)))
			.andWaitForEventOfType(UnitChanged.class)
			.toArriveAndVerify((event, county) -> {
				assertThat(event.action()).isEqualTo("UNIT_CREATED");
				assertThat(event.actor()).isEqualTo("admin");
				assertThat(event.unitId()).isEqualTo(county.id());
				assertThat(event.before()).isEmpty();
				assertThat(event.after()).containsValue("武鸣区");
				assertThat(county.level()).isEqualTo(UnitLevel.COUNTY);
				assertThat(county.path()).isEqualTo("/guangxi/nanning/wuming/");
			});
	}

	@Test
	void aRenameIsPublishedWithTheOldAndTheNewName(Scenario scenario) {
		var region = UnitScope.of(this.units.byCode("guangxi"));
		long version = this.administration.version(region, "liuzhou");
		scenario.stimulate(() -> this.administration.rename(region, "admin", "liuzhou", version, "柳州市（新）", null))
			.andWaitForEventOfType(UnitChanged.class)
			.toArriveAndVerify((event) -> {
				assertThat(event.before()).containsValue("柳州市");
				assertThat(event.after()).containsValue("柳州市（新）");
			});
	}

	@Test
	void aRefusedUnitIsNotPublished(PublishedEvents events) {
		var nanning = UnitScope.of(this.units.byCode("nanning"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.addChild(nanning, "admin", "nanning", "Not A Code!", " ", null, null))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").contains("code", "name"));
		assertThat(events.ofType(UnitChanged.class)).isEmpty();
	}

}
