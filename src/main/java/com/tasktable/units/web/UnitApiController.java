package com.tasktable.units.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "The unit tree, limited to the caller's unit and the units below it")
class UnitApiController {

	private final Units units;

	UnitApiController(Units units) {
		this.units = units;
	}

	@GetMapping
	@Operation(summary = "Units the caller may see, parents before children")
	List<UnitResponse> list(UnitScope scope) {
		var within = this.units.within(scope);
		Map<Long, String> codes = within.stream().collect(Collectors.toMap(UnitView::id, UnitView::code));
		return within.stream().map(u -> UnitResponse.of(u, codes)).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One unit; 404 when it does not exist or lies outside the caller's scope")
	UnitResponse get(@PathVariable String code, UnitScope scope) {
		var unit = this.units.get(scope, code);
		var parent = (unit.parentId() != null && !unit.id().equals(scope.unitId()))
				? Map.of(unit.parentId(), this.units.byId(unit.parentId()).code()) : Map.<Long, String>of();
		return UnitResponse.of(unit, parent);
	}

	/**
	 * A unit in the API.
	 *
	 * @param code pinyin code
	 * @param name Chinese name
	 * @param nameEn English name
	 * @param level administrative level
	 * @param parent parent unit's code, null at the top of the caller's scope
	 * @param activeFrom first active day, null for always
	 * @param activeTo last active day, null for open-ended
	 */
	record UnitResponse(String code, String name, String nameEn, UnitLevel level, String parent, LocalDate activeFrom,
			LocalDate activeTo) {

		static UnitResponse of(UnitView unit, Map<Long, String> codes) {
			return new UnitResponse(unit.code(), unit.name(), unit.nameEn(), unit.level(),
					(unit.parentId() != null) ? codes.get(unit.parentId()) : null, unit.activeFrom(), unit.activeTo());
		}

	}

}
