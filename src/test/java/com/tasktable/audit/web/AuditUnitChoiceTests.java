package com.tasktable.audit.web;

import java.util.List;

import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit select lists each unit with the units below it, as an indented tree. */
class AuditUnitChoiceTests {

	@Test
	void childrenFollowTheirParentAndSiblingsGoByCode() {
		var region = unit(1L, "guangxi", null, "/guangxi/", UnitLevel.REGION);
		var nanning = unit(2L, "nanning", 1L, "/guangxi/nanning/", UnitLevel.CITY);
		var baise = unit(3L, "baise", 1L, "/guangxi/baise/", UnitLevel.CITY);
		var wuming = unit(4L, "wuming", 2L, "/guangxi/nanning/wuming/", UnitLevel.COUNTY);
		var binyang = unit(5L, "binyang", 2L, "/guangxi/nanning/binyang/", UnitLevel.COUNTY);
		var byLengthOfPath = List.of(region, nanning, baise, wuming, binyang);
		assertThat(AuditController.inTreeOrder(byLengthOfPath, UnitScope.of(region))).extracting(UnitView::code)
			.containsExactly("guangxi", "baise", "nanning", "binyang", "wuming");
		assertThat(AuditController.inTreeOrder(List.of(nanning, wuming, binyang), UnitScope.of(nanning)))
			.extracting(UnitView::code)
			.containsExactly("nanning", "binyang", "wuming");
	}

	private static UnitView unit(Long id, String code, Long parentId, String path, UnitLevel level) {
		return new UnitView(id, code, code, null, level, parentId, path, null, null);
	}

}
