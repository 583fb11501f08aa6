package com.tasktable.directives;

import com.tasktable.TaskTableApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Directives are a leaf: they read units, users, campaigns and write the audit log, and
 * only the home page and the dashboards read them (its allowed dependencies are declared
 * in {@code package-info.java} and checked by {@code ModularityTests}).
 */
class DirectivesModuleTests {

	@Test
	void onlyTheHomePageAndTheDashboardsDependOnDirectives() {
		var modules = ApplicationModules.of(TaskTableApplication.class);
		var directives = modules.getModuleByName("directives").orElseThrow();
		assertThat(modules.stream()
			.filter(module -> module.getDependencies(modules).contains(directives))
			.map(ApplicationModule::getName)).containsExactlyInAnyOrder("home", "dashboards");
	}

}
