package com.tasktable;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages are modules: no cycles, no reaching into another module's
 * internals, and the dependencies each module declares in its {@code package-info.java}.
 * Reading the classes takes seconds, so it is done once for every test here, beside the
 * Spring tests (no Spring, no database: see {@code junit-platform.properties}).
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(2) // long, beside the other lane: started early (docs/testing.md)
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TaskTableApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Directives are a leaf: they read units, users, campaigns and write the audit log,
	 * and only the home page and the dashboards read them.
	 */
	@Test
	void onlyTheHomePageAndTheDashboardsDependOnDirectives() {
		var directives = MODULES.getModuleByName("directives").orElseThrow();
		assertThat(MODULES.stream()
			.filter(module -> module.getDependencies(MODULES).contains(directives))
			.map(ApplicationModule::getName)).containsExactlyInAnyOrder("home", "dashboards");
	}

	/**
	 * Evidence is a leaf too: records keep the attachment rows and ask it for the bytes;
	 * it depends on nothing of the features.
	 */
	@Test
	void evidenceDependsOnNoFeature() {
		var evidence = MODULES.getModuleByName("evidence").orElseThrow();
		assertThat(evidence.getDependencies(MODULES).stream().map(d -> d.getTargetModule().getName()))
			.allMatch(name -> name.equals("platform"));
	}

}
