package com.tasktable.units;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the unit tree, always within a scope. */
@Service
@Transactional(readOnly = true)
public class Units {

	private final UnitRepository units;

	Units(UnitRepository units) {
		this.units = units;
	}

	/**
	 * The unit with this code if the scope covers it; otherwise the same "not found" as
	 * for a missing unit.
	 */
	public UnitView get(UnitScope scope, String code) {
		return this.units.findByCode(code)
			.map(Unit::toView)
			.filter(scope::covers)
			.orElseThrow(() -> new UnitNotFoundException(code));
	}

	/** The scope's top unit and all its descendants, parents before children. */
	public List<UnitView> within(UnitScope scope) {
		return this.units.findByPathLike(scope.pathPattern()).stream().map(Unit::toView).toList();
	}

	/** The direct children of a unit inside the scope. */
	public List<UnitView> childrenOf(UnitScope scope, UnitView parent) {
		return within(scope).stream().filter(u -> parent.id().equals(u.parentId())).toList();
	}

	/**
	 * Lookup without a scope, for the security layer and start-up tasks that hold no
	 * user.
	 */
	public UnitView byId(Long id) {
		return this.units.findById(id).map(Unit::toView).orElseThrow(() -> new UnitNotFoundException("#" + id));
	}

	/**
	 * The tops of the unit tree (units without a parent), for start-up tasks that hold no
	 * user.
	 */
	public List<UnitView> roots() {
		return this.units.findRoots().stream().map(Unit::toView).toList();
	}

	/** Lookup without a scope, for start-up tasks that hold no user. */
	public UnitView byCode(String code) {
		return this.units.findByCode(code).map(Unit::toView).orElseThrow(() -> new UnitNotFoundException(code));
	}

}
