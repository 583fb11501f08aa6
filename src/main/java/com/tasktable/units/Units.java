package com.tasktable.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
		return treeOrder(this.units.findByPathLike(scope.pathPattern()));
	}

	/**
	 * Depth first, siblings by their sort order: the region, then each city followed by
	 * its counties, in the order of the source documents (南宁, 柳州, 桂林…), not
	 * alphabetically.
	 */
	static List<UnitView> treeOrder(List<Unit> units) {
		var ids = units.stream().map(Unit::getId).collect(Collectors.toSet());
		Map<Long, List<Unit>> children = new HashMap<>();
		List<Unit> tops = new ArrayList<>();
		for (var unit : units) {
			if (unit.getParentId() != null && ids.contains(unit.getParentId())) {
				children.computeIfAbsent(unit.getParentId(), k -> new ArrayList<>()).add(unit);
			}
			else {
				tops.add(unit);
			}
		}
		List<UnitView> ordered = new ArrayList<>(units.size());
		appendInOrder(tops, children, ordered);
		return ordered;
	}

	private static void appendInOrder(List<Unit> siblings, Map<Long, List<Unit>> children, List<UnitView> ordered) {
		siblings.sort(Comparator.comparingInt(Unit::getSortOrder).thenComparing(Unit::getCode));
		for (var unit : siblings) {
			ordered.add(unit.toView());
			appendInOrder(children.getOrDefault(unit.getId(), new ArrayList<>()), children, ordered);
		}
	}

	/** The whole tree, for caches and start-up tasks that hold no user. */
	public List<UnitView> all() {
		return treeOrder(this.units.findByPathLike("/%"));
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
